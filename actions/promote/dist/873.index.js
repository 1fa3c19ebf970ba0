export const id = 873;
export const ids = [873];
export const modules = {

/***/ 38873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_FULCIO_URL: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   DEFAULT_REKOR_URL: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   checkKeylessToken: () => (/* binding */ checkKeylessToken),
/* harmony export */   keylessSigner: () => (/* binding */ keylessSigner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var _sigstore_sign_dist_signer_fulcio_ca_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _sigstore_sign_dist_util_oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81963);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83917);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36624);
/* harmony import */ var _http_loopback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33908);
/* harmony import */ var _credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64889);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6098);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67345);


// sigstore-js's Fulcio client: its FulcioSigner keeps only the leaf of the chain Fulcio answers,
// while cosign's `chain` annotation, and checking a certificate found on the target, need it all.








/**
 * Keyless signing (DESIGN §10), as `cosign sign` without a key: the job's OIDC token is exchanged
 * at Fulcio for a short-lived certificate of an ephemeral key, and each signature is logged in
 * Rekor. The token is the GitHub Actions one for audience `sigstore` (the job needs `permissions:
 * id-token: write`), or `SIGSTORE_ID_TOKEN` (as cosign reads it) on any CI. A private Sigstore is
 * named by `SIGSTORE_FULCIO_URL` and `SIGSTORE_REKOR_URL`.
 */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
const FETCH = { timeout: 60_000, retry: { retries: 2 } };
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and v1 (raw bytes). */
const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
function serviceUrl(env, name, fallback) {
    const value = env[name] || fallback;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${name}: "${value}" is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,_http_loopback_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopback */ .U9)(url.host))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${name}: "${value}" is not an HTTPS URL`);
    }
    return value.replace(/\/+$/, '');
}
/** Whether a keyless signature can be made here: a token is at hand. Checked before any write. */
function checkKeylessToken(env) {
    if (env.SIGSTORE_ID_TOKEN)
        return;
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('Input sign: keyless signing needs an OIDC token: give the job permissions: id-token: write (GitHub Actions), or set SIGSTORE_ID_TOKEN to a token Fulcio accepts');
}
async function identityToken(env) {
    checkKeylessToken(env);
    if (env.SIGSTORE_ID_TOKEN) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .maskSecret */ .$l)(env.SIGSTORE_ID_TOKEN);
        return env.SIGSTORE_ID_TOKEN;
    }
    return (0,_credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_7__/* .githubOidcToken */ .K)(env, 'sigstore', 'Input sign (keyless)');
}
/** The identity Fulcio bound the certificate to; undefined when it names none. */
function certificateIdentity(certificate) {
    const san = certificate.extSubjectAltName;
    const subject = san?.uri ?? san?.rfc822Name;
    const v2 = certificate.extension(ISSUER_V2);
    const v1 = certificate.extension(ISSUER_V1);
    let issuer;
    if (v2)
        issuer = _sigstore_core__WEBPACK_IMPORTED_MODULE_4__.ASN1Obj.parseBuffer(v2.value).value.toString('utf8');
    else if (v1)
        issuer = v1.value.toString('utf8');
    return subject && issuer ? { subject, issuer } : undefined;
}
function parseCertificate(pem) {
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_4__.X509Certificate.parse(pem);
    }
    catch {
        return undefined;
    }
}
async function keylessSigner(env) {
    const fulcioBaseURL = serviceUrl(env, 'SIGSTORE_FULCIO_URL', DEFAULT_FULCIO_URL);
    const rekorBaseURL = serviceUrl(env, 'SIGSTORE_REKOR_URL', DEFAULT_REKOR_URL);
    const token = await identityToken(env);
    let subject;
    try {
        subject = (0,_sigstore_sign_dist_util_oidc_js__WEBPACK_IMPORTED_MODULE_3__.extractJWTSubject)(token);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Input sign (keyless): the OIDC token names no subject (${error.message})`);
    }
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const challenge = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(subject), privateKey);
    let chain;
    try {
        chain = await new _sigstore_sign_dist_signer_fulcio_ca_js__WEBPACK_IMPORTED_MODULE_2__.CAClient({ fulcioBaseURL, ...FETCH }).createSigningCertificate(token, publicPem, challenge);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Input sign (keyless): Fulcio at ${fulcioBaseURL} gave no certificate: ${error.message}`);
    }
    const leaf = chain.length ? parseCertificate(chain[0]) : undefined;
    const identity = leaf && certificateIdentity(leaf);
    if (!leaf || !identity) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Input sign (keyless): Fulcio at ${fulcioBaseURL} answered no certificate that names an identity`);
    }
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(chain[0]).equals(publicKey)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Input sign (keyless): Fulcio certified another key than the one sent`);
    }
    const issuerCertificate = chain.length > 1 ? parseCertificate(chain[1]) : undefined;
    return {
        mode: 'keyless',
        label: `keyless: ${identity.subject} (OIDC issuer ${identity.issuer}), certificate from ${fulcioBaseURL}, logged in ${rekorBaseURL}`,
        chain,
        signer: {
            async sign(data) {
                return {
                    signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey),
                    key: { $case: 'x509Certificate', certificate: chain[0] },
                };
            },
        },
        witnesses: (kind) => [
            new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({
                rekorBaseURL,
                ...(kind === 'intoto' ? { entryType: 'intoto' } : {}),
                ...FETCH,
            }),
        ],
        // A signature under the same identity, by a certificate of the same Fulcio issuer: what a
        // verifier with `--certificate-identity` and `--certificate-oidc-issuer` accepts.
        owns(found) {
            const certificate = found.certificate && parseCertificate(found.certificate);
            if (!certificate)
                return false;
            const theirs = certificateIdentity(certificate);
            if (theirs?.subject !== identity.subject || theirs.issuer !== identity.issuer)
                return false;
            if (!certificate.equals(leaf) &&
                !(issuerCertificate && certificate.verify(issuerCertificate)))
                return false;
            return (0,_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .verifiesWith */ .gd)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(found.certificate), found.data, found.signature);
        },
    };
}


/***/ }),

/***/ 67345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   Ye: () => (/* binding */ keySigner),
/* harmony export */   gd: () => (/* binding */ verifiesWith)
/* harmony export */ });
/* unused harmony export hashFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/** A public key's SHA-256 fingerprint, as `SHA256:…` (base64 of the DER), for messages. */
function fingerprint(key) {
    const der = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({
        type: 'spki',
        format: 'der',
    });
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}
/** The digest algorithm node:crypto signs with for the key: Ed25519 takes none. */
function hashFor(key) {
    return key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
}
/** The key's kind in words: `ECDSA P-256`, `RSA 3072`, `Ed25519`. */
function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    switch (key.asymmetricKeyType) {
        case 'ec':
            return `ECDSA ${details.namedCurve === 'prime256v1' ? 'P-256' : (details.namedCurve ?? '')}`.trim();
        case 'rsa':
            return `RSA ${details.modulusLength ?? ''}`.trim();
        case 'ed25519':
            return 'Ed25519';
        default:
            return key.asymmetricKeyType ?? 'unknown';
    }
}
/** A signature by `publicKey` over `data` (ECDSA as ASN.1 DER, RSA PKCS #1 v1.5, as cosign's). */
function verifiesWith(publicKey, data, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hashFor(publicKey), data, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** A signer holding the private key itself (cosign's key file). */
function keySigner(privateKey, label) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    return {
        mode: 'key',
        label,
        signer: {
            async sign(data) {
                return {
                    signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(hashFor(privateKey), data, privateKey),
                    key: { $case: 'publicKey', publicKey: pem, hint: '' },
                };
            },
        },
        witnesses: () => [],
        owns: (found) => !found.certificate && verifiesWith(publicKey, found.data, found.signature),
    };
}


/***/ })

};
