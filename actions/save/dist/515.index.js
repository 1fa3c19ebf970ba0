export const id = 515;
export const ids = [515];
export const modules = {

/***/ 94515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openSigner: () => (/* binding */ openSigner),
  signImages: () => (/* binding */ signImages)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./.build/src/errors.js
var errors = __webpack_require__(36624);
// EXTERNAL MODULE: ./.build/src/secrets.js
var secrets = __webpack_require__(6098);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
;// CONCATENATED MODULE: ./.build/src/signing/cosign-key.js



/**
 * cosign's encrypted private key (`cosign generate-key-pair`): a PEM block `ENCRYPTED SIGSTORE
 * PRIVATE KEY` (or `ENCRYPTED COSIGN PRIVATE KEY` from cosign 1) whose body is JSON, as
 * go-securesystemslib's `encrypted` package writes it:
 *
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<base64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<base64 24 bytes>"},
 *    "ciphertext":"<base64>"}
 *
 * The key is scrypt(password, salt, N, r, p) of 32 bytes; the ciphertext opens with NaCl's
 * secretbox (XSalsa20-Poly1305) to the PKCS #8 DER of the private key. No npm package reads this
 * format; scrypt is node:crypto's, secretbox is tweetnacl's (node:crypto has no XSalsa20).
 */
const PEM_RE = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
/** What cosign writes is N = 2^15 or 2^16; a larger one would only cost the runner's memory. */
const MAX_SCRYPT_N = 1 << 20;
function problem(where, what) {
    return new errors/* UserError */.yo(`${where}: ${what}`);
}
function parseEnvelope(pem, where) {
    const match = PEM_RE.exec(pem);
    if (!match) {
        throw problem(where, 'not a cosign private key (a PEM block "ENCRYPTED SIGSTORE PRIVATE KEY", as cosign generate-key-pair writes it)');
    }
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(match[2].replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw problem(where, 'the key block is not the JSON cosign writes');
    }
    const { kdf, cipher } = parsed ?? {};
    if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox') {
        throw problem(where, `the key is encrypted with ${kdf?.name ?? '?'}/${cipher?.name ?? '?'}; only scrypt/nacl/secretbox (cosign's) is read`);
    }
    const { N, r, p } = kdf.params ?? {};
    if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > MAX_SCRYPT_N || N & (N - 1)) {
        throw problem(where, 'the key has scrypt parameters cosign does not write');
    }
    return parsed;
}
function deriveKey(password, salt, N, r, p) {
    return new Promise((resolve, reject) => (0,external_node_crypto_.scrypt)(password, salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) => error ? reject(error) : resolve(key)));
}
/** The private key of a cosign key file, opened with its password. */
async function decryptCosignKey(pem, password, where) {
    const envelope = parseEnvelope(pem, where);
    const { N, r, p } = envelope.kdf.params;
    const key = await deriveKey(password, Buffer.from(envelope.kdf.salt, 'base64'), N, r, p);
    const nonce = Buffer.from(envelope.cipher.nonce, 'base64');
    if (nonce.length !== nacl_fast.secretbox.nonceLength)
        throw problem(where, 'the key has a bad nonce');
    const opened = nacl_fast.secretbox.open(new Uint8Array(Buffer.from(envelope.ciphertext, 'base64')), new Uint8Array(nonce), new Uint8Array(key));
    if (!opened) {
        throw problem(where, 'the password (COSIGN_PASSWORD) does not open the key');
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw problem(where, 'the decrypted key is not a PKCS #8 private key');
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/signer/fulcio/ca.js
var ca = __webpack_require__(5875);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/util/oidc.js
var oidc = __webpack_require__(81963);
// EXTERNAL MODULE: ./.build/src/http/loopback.js + 1 modules
var loopback = __webpack_require__(33908);
// EXTERNAL MODULE: ./.build/src/credentials/github-oidc.js
var github_oidc = __webpack_require__(64889);
;// CONCATENATED MODULE: ./.build/src/signing/signer.js

/** A public key's SHA-256 fingerprint, as `SHA256:…` (base64 of the DER), for messages. */
function fingerprint(key) {
    const der = (key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key).export({
        type: 'spki',
        format: 'der',
    });
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
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
        return (0,external_node_crypto_.verify)(hashFor(publicKey), data, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** A signer holding the private key itself (cosign's key file). */
function keySigner(privateKey, label) {
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    return {
        mode: 'key',
        label,
        signer: {
            async sign(data) {
                return {
                    signature: (0,external_node_crypto_.sign)(hashFor(privateKey), data, privateKey),
                    key: { $case: 'publicKey', publicKey: pem, hint: '' },
                };
            },
        },
        witnesses: () => [],
        owns: (found) => !found.certificate && verifiesWith(publicKey, found.data, found.signature),
    };
}

;// CONCATENATED MODULE: ./.build/src/signing/keyless.js


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
        throw new errors/* UserError */.yo(`${name}: "${value}" is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,loopback/* isLoopback */.U9)(url.host))) {
        throw new errors/* UserError */.yo(`${name}: "${value}" is not an HTTPS URL`);
    }
    return value.replace(/\/+$/, '');
}
/** Whether a keyless signature can be made here: a token is at hand. Checked before any write. */
function checkKeylessToken(env) {
    if (env.SIGSTORE_ID_TOKEN)
        return;
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return;
    throw new errors/* UserError */.yo('Input sign: keyless signing needs an OIDC token: give the job permissions: id-token: write (GitHub Actions), or set SIGSTORE_ID_TOKEN to a token Fulcio accepts');
}
async function identityToken(env) {
    checkKeylessToken(env);
    if (env.SIGSTORE_ID_TOKEN) {
        (0,secrets/* maskSecret */.$l)(env.SIGSTORE_ID_TOKEN);
        return env.SIGSTORE_ID_TOKEN;
    }
    return (0,github_oidc/* githubOidcToken */.K)(env, 'sigstore', 'Input sign (keyless)');
}
/** The identity Fulcio bound the certificate to; undefined when it names none. */
function certificateIdentity(certificate) {
    const san = certificate.extSubjectAltName;
    const subject = san?.uri ?? san?.rfc822Name;
    const v2 = certificate.extension(ISSUER_V2);
    const v1 = certificate.extension(ISSUER_V1);
    let issuer;
    if (v2)
        issuer = core_dist.ASN1Obj.parseBuffer(v2.value).value.toString('utf8');
    else if (v1)
        issuer = v1.value.toString('utf8');
    return subject && issuer ? { subject, issuer } : undefined;
}
function parseCertificate(pem) {
    try {
        return core_dist.X509Certificate.parse(pem);
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
        subject = (0,oidc.extractJWTSubject)(token);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input sign (keyless): the OIDC token names no subject (${error.message})`);
    }
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const challenge = (0,external_node_crypto_.sign)('sha256', Buffer.from(subject), privateKey);
    let chain;
    try {
        chain = await new ca.CAClient({ fulcioBaseURL, ...FETCH }).createSigningCertificate(token, publicPem, challenge);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input sign (keyless): Fulcio at ${fulcioBaseURL} gave no certificate: ${error.message}`);
    }
    const leaf = chain.length ? parseCertificate(chain[0]) : undefined;
    const identity = leaf && certificateIdentity(leaf);
    if (!leaf || !identity) {
        throw new errors/* UserError */.yo(`Input sign (keyless): Fulcio at ${fulcioBaseURL} answered no certificate that names an identity`);
    }
    if (!(0,external_node_crypto_.createPublicKey)(chain[0]).equals(publicKey)) {
        throw new errors/* UserError */.yo(`Input sign (keyless): Fulcio certified another key than the one sent`);
    }
    const issuerCertificate = chain.length > 1 ? parseCertificate(chain[1]) : undefined;
    return {
        mode: 'keyless',
        label: `keyless: ${identity.subject} (OIDC issuer ${identity.issuer}), certificate from ${fulcioBaseURL}, logged in ${rekorBaseURL}`,
        chain,
        signer: {
            async sign(data) {
                return {
                    signature: (0,external_node_crypto_.sign)('sha256', data, privateKey),
                    key: { $case: 'x509Certificate', certificate: chain[0] },
                };
            },
        },
        witnesses: (kind) => [
            new dist/* RekorWitness */.fU({
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
            return verifiesWith((0,external_node_crypto_.createPublicKey)(found.certificate), found.data, found.signature);
        },
    };
}

// EXTERNAL MODULE: ./.build/src/credentials/ecr.js + 1 modules
var ecr = __webpack_require__(58477);
// EXTERNAL MODULE: ./.build/src/credentials/aws-http.js
var aws_http = __webpack_require__(36755);
;// CONCATENATED MODULE: ./.build/src/signing/kms.js





/**
 * Signing with an AWS KMS key, as cosign's `--key awskms:///<key>`: KMS signs the SHA-256 digest
 * of what is signed (MessageType DIGEST, so no 4 KB limit), and the public key it gives checks
 * the signatures found on the target. ECDSA P-256 signs with ECDSA_SHA_256; RSA keys with
 * RSASSA_PKCS1_V1_5_SHA_256, which `cosign verify --key <exported PEM>` expects of RSA. Endpoints
 * and credentials as for ECR (DESIGN §2): `AWS_ENDPOINT_URL_KMS`, else `AWS_ENDPOINT_URL`, the
 * environment's keys, a web identity token file, or the SDK's chain. The SDK is loaded only here.
 */
const PERMISSION = 'kms:GetPublicKey and kms:Sign on the key';
/** `awskms:///<key id, alias/NAME or ARN>`, or `awskms://<host[:port]>/<key>`. */
function parseKmsUri(uri) {
    const match = /^awskms:\/\/([^/]*)\/(.+)$/.exec(uri.trim());
    if (!match) {
        throw new errors/* UserError */.yo(`Input sign_key: "${uri}" is not an AWS KMS key: use awskms:///<key id, alias/NAME or key ARN>`);
    }
    const [, host, keyId] = match;
    const region = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId)?.[1];
    return {
        keyId,
        ...(host
            ? { endpoint: `${/^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https'}://${host}` }
            : {}),
        ...(region ? { region } : {}),
    };
}
/** By the public key itself (not every KMS answers `KeySpec`), among those the key offers. */
function signingAlgorithm(key, offered) {
    const pick = (algorithm) => offered.length === 0 || offered.includes(algorithm) ? algorithm : undefined;
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return pick('ECDSA_SHA_256');
    if (key.asymmetricKeyType === 'rsa')
        return pick('RSASSA_PKCS1_V1_5_SHA_256');
    return undefined;
}
async function kmsSigner(uri, env) {
    const key = parseKmsUri(uri);
    const where = `Input sign_key (${uri})`;
    const region = key.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
    if (!region) {
        throw new errors/* UserError */.yo(`${where}: no AWS region: give the key's ARN, or set AWS_REGION (aws-actions/configure-aws-credentials does)`);
    }
    const identity = await (0,ecr/* awsIdentity */.em)(where, { region }, env);
    const { KMSClient, GetPublicKeyCommand, SignCommand } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(861), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
    const client = new KMSClient({
        region,
        ...(identity ? { credentials: identity } : {}),
        ...(key.endpoint ? { endpoint: key.endpoint } : (0,ecr/* endpointFor */.Lo)('KMS', env)),
        ...(await (0,aws_http/* awsClientOptions */.BE)('KMS')),
    });
    let publicKey;
    let algorithm;
    try {
        const command = new GetPublicKeyCommand({ KeyId: key.keyId });
        const answer = await (0,aws_http/* withinAwsDeadline */.Bh)('KMS', (abortSignal) => client.send(command, { abortSignal }));
        if (answer.KeyUsage && answer.KeyUsage !== 'SIGN_VERIFY') {
            throw new errors/* UserError */.yo(`${where}: the key's usage is ${answer.KeyUsage}, not SIGN_VERIFY`);
        }
        if (!answer.PublicKey)
            throw new errors/* UserError */.yo(`${where}: KMS GetPublicKey returned no key`);
        publicKey = (0,external_node_crypto_.createPublicKey)({
            key: Buffer.from(answer.PublicKey),
            format: 'der',
            type: 'spki',
        });
        algorithm = signingAlgorithm(publicKey, answer.SigningAlgorithms ?? []);
        if (!algorithm) {
            throw new errors/* UserError */.yo(`${where}: the key is ${answer.KeySpec ?? describeKey(publicKey)}; cosign's signatures need ECC_NIST_P256 or an RSA key`);
        }
    }
    catch (error) {
        client.destroy();
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw (0,ecr/* awsError */.es)(where, `KMS GetPublicKey in ${region}`, error, identity, PERMISSION);
    }
    return {
        mode: 'kms',
        label: `AWS KMS key ${key.keyId} (${describeKey(publicKey)}, ${fingerprint(publicKey)})`,
        signer: {
            async sign(data) {
                let answer;
                try {
                    const command = new SignCommand({
                        KeyId: key.keyId,
                        Message: (0,external_node_crypto_.createHash)('sha256').update(data).digest(),
                        MessageType: 'DIGEST',
                        SigningAlgorithm: algorithm,
                    });
                    answer = await (0,aws_http/* withinAwsDeadline */.Bh)('KMS', (abortSignal) => client.send(command, { abortSignal }));
                }
                catch (error) {
                    throw (0,ecr/* awsError */.es)(where, `KMS Sign in ${region}`, error, identity, PERMISSION);
                }
                if (!answer.Signature)
                    throw new errors/* UserError */.yo(`${where}: KMS Sign returned no signature`);
                return {
                    signature: Buffer.from(answer.Signature),
                    key: {
                        $case: 'publicKey',
                        publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
                        hint: '',
                    },
                };
            },
        },
        witnesses: () => [],
        owns: (found) => !found.certificate && verifiesWith(publicKey, found.data, found.signature),
        close: () => client.destroy(),
    };
}

// EXTERNAL MODULE: ./.build/src/signing/formats.js
var formats = __webpack_require__(19667);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./.build/src/oci/manifest.js
var oci_manifest = __webpack_require__(66908);
// EXTERNAL MODULE: ./.build/src/images/referrers.js
var images_referrers = __webpack_require__(41914);
;// CONCATENATED MODULE: ./.build/src/signing/store.js




const EMPTY_CONFIG = Buffer.from('{}');
const TITLE = 'org.opencontainers.image.title';
async function putBlob(target, bytes) {
    const digest = (0,oci_manifest/* sha256Digest */.sI)(bytes);
    if ((await target.headBlob(digest)) === undefined) {
        await target.uploadBlob(digest, bytes.length, async () => external_node_stream_.Readable.from([bytes]));
    }
    return { mediaType: '', digest, size: bytes.length };
}
/** The image config cosign gives a signature image: one empty history entry per layer. */
function cosignConfig(layers) {
    const epoch = '0001-01-01T00:00:00Z';
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: epoch,
        history: layers.map(() => ({ created: epoch })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
}
function raw(document, mediaType) {
    const bytes = Buffer.from(JSON.stringify(document));
    return { bytes, mediaType, digest: (0,oci_manifest/* sha256Digest */.sI)(bytes) };
}
/**
 * Adds `layer` to cosign's tag of `subject`: the layers the tag holds are kept as they are (two
 * keys' signatures of one image share a payload, so a layer is only the same one when its
 * annotations are the same too). Returns the tag.
 */
async function addToCosignTag(target, subject, suffix, layer) {
    const tag = (0,images_referrers/* cosignTags */.FJ)(subject).find((t) => t.suffix === suffix)?.tag;
    if (!tag)
        throw new Error(`no cosign tag for ${subject}`);
    const blob = await putBlob(target, layer.bytes);
    const ours = { ...blob, mediaType: layer.mediaType, annotations: layer.annotations };
    const existing = await target.findManifest(tag);
    let layers = [ours];
    let mediaType = oci_manifest/* MediaType */.zu.ociManifest;
    let extra = {};
    if (existing) {
        const manifest = (0,oci_manifest/* parseImageManifest */.Sw)(existing, `${target.label}: ${target.name}:${tag}`);
        const { config: _config, layers: theirs, ...rest } = manifest;
        const same = (l) => l.digest === ours.digest &&
            JSON.stringify(l.annotations ?? {}) === JSON.stringify(ours.annotations);
        if (theirs.some(same))
            return tag;
        layers = [...theirs, ours];
        mediaType = existing.mediaType;
        extra = rest;
    }
    const config = await putBlob(target, cosignConfig(layers));
    const manifest = raw({
        schemaVersion: 2,
        mediaType,
        ...extra,
        config: {
            mediaType: mediaType === oci_manifest/* MediaType */.zu.dockerManifest
                ? 'application/vnd.docker.container.image.v1+json'
                : formats/* SigningMediaType */.GG.imageConfig,
            size: config.size,
            digest: config.digest,
        },
        layers,
    }, mediaType);
    await target.putManifest(tag, manifest);
    return tag;
}
/**
 * Stores a Sigstore bundle as an OCI 1.1 referrer of `subject`, as cosign 3 does: an artifact
 * manifest of `artifactType` the bundle's media type, its one layer the bundle. Returns its digest.
 */
async function putBundleReferrer(target, subject, bundle, annotations) {
    const layer = await putBlob(target, bundle);
    const config = await putBlob(target, EMPTY_CONFIG);
    const manifest = raw({
        schemaVersion: 2,
        mediaType: oci_manifest/* MediaType */.zu.ociManifest,
        artifactType: formats/* SigningMediaType */.GG.bundle,
        config: { mediaType: formats/* SigningMediaType */.GG.emptyConfig, digest: config.digest, size: config.size },
        layers: [
            {
                mediaType: formats/* SigningMediaType */.GG.bundle,
                digest: layer.digest,
                size: layer.size,
                annotations: { [TITLE]: `${layer.digest.replace(':', '-')}.sigstore.json` },
            },
        ],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    }, oci_manifest/* MediaType */.zu.ociManifest);
    const put = await target.putManifest(manifest.digest, manifest);
    if (!put.subject && (await target.listReferrers(subject.digest)) === undefined) {
        // No referrers API: the referrers tag index lists it, with what it listed before.
        const tag = (0,images_referrers/* referrersTag */.LN)(subject.digest);
        const referrer = {
            digest: manifest.digest,
            mediaType: manifest.mediaType,
            size: manifest.bytes.length,
            artifactType: formats/* SigningMediaType */.GG.bundle,
            subject: subject.digest,
            annotations,
            source: 'tag-schema',
            depth: 1,
        };
        const merged = (0,images_referrers/* mergeReferrersIndex */.l1)(await target.findManifest(tag), [(0,images_referrers/* referrerDescriptor */.xh)(referrer)], `${target.label}: ${target.name}:${tag}`);
        if (merged)
            await target.putManifest(tag, merged);
    }
    return manifest.digest;
}

;// CONCATENATED MODULE: ./.build/src/signing/verify.js



/**
 * Finds a signer's signatures and attestations of one image on the target, as a verifier does:
 * cosign's `.sig`/`.att` tags and the referrers (API or `sha256-<hex>` tag index) that hold a
 * Sigstore bundle, each signature checked against the signer's key or identity. Used before
 * signing (a re-run adds none) and after it (the step succeeds only when they are there).
 */
/** What is read of a signature blob: payloads are small, an envelope or a bundle a few KB. */
const MAX_SIGNATURE_BLOB = 1024 * 1024;
async function readSmallBlob(repo, layer) {
    if (typeof layer.size !== 'number' || layer.size > MAX_SIGNATURE_BLOB)
        return undefined;
    return repo.getBlob(layer.digest).catch(() => undefined);
}
function certificatePem(der) {
    if (!der)
        return undefined;
    const lines = der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** Whether any of the envelope's signatures is the signer's, over a statement of `predicateType`. */
function envelopeIsOwn(envelope, digest, predicateType, signer, certificate) {
    if (envelope.payloadType !== formats/* SigningMediaType */.GG.inTotoPayload)
        return false;
    const payload = Buffer.from(envelope.payload, 'base64');
    if ((0,formats/* parseStatement */.By)(payload, digest)?.predicateType !== predicateType)
        return false;
    const data = (0,formats/* preAuthEncoding */.JC)(envelope.payloadType, payload);
    return envelope.signatures.some((s) => typeof s?.sig === 'string' &&
        signer.owns({ data, signature: Buffer.from(s.sig, 'base64'), certificate }));
}
async function ownLayers(repo, referrer, digest, signer, predicateType) {
    if (!referrer.manifest)
        return false;
    const where = `${repo.label}: ${repo.name}:${referrer.tag}`;
    const { layers } = (0,oci_manifest/* parseImageManifest */.Sw)(referrer.manifest, where);
    for (const layer of layers) {
        const annotations = layer.annotations ?? {};
        const certificate = annotations[formats/* SigningAnnotation */.dy.certificate] || undefined;
        if (referrer.tag?.endsWith('.sig') && layer.mediaType === formats/* SigningMediaType */.GG.simpleSigning) {
            const signature = annotations[formats/* SigningAnnotation */.dy.signature];
            if (!signature)
                continue;
            const payload = await readSmallBlob(repo, layer);
            if (!payload || (0,formats/* parseSimpleSigning */.LZ)(payload)?.digest !== digest)
                continue;
            if (signer.owns({ data: payload, signature: Buffer.from(signature, 'base64'), certificate }))
                return true;
        }
        if (referrer.tag?.endsWith('.att') && layer.mediaType === formats/* SigningMediaType */.GG.dsseEnvelope) {
            const bytes = await readSmallBlob(repo, layer);
            const envelope = bytes && (0,formats/* parseEnvelope */.mE)(bytes);
            if (envelope && envelopeIsOwn(envelope, digest, predicateType, signer, certificate))
                return true;
        }
    }
    return false;
}
/** The predicate type of the signer's bundle in this referrer, if it holds one. */
async function ownBundle(repo, referrer, digest, signer, predicateTypes) {
    const raw = await repo.getManifest(referrer.digest);
    const where = `${repo.label}: ${repo.name}@${referrer.digest}`;
    const { layers } = (0,oci_manifest/* parseImageManifest */.Sw)(raw, where);
    for (const layer of layers) {
        if (!layer.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
            continue;
        const bytes = await readSmallBlob(repo, layer);
        if (!bytes)
            continue;
        let bundle;
        try {
            bundle = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            continue;
        }
        const material = bundle.verificationMaterial;
        const certificate = certificatePem(material?.certificate?.rawBytes ??
            material?.x509CertificateChain?.certificates?.[0]?.rawBytes);
        const envelope = bundle.dsseEnvelope;
        if (!envelope)
            continue;
        const found = predicateTypes.find((type) => envelopeIsOwn(envelope, digest, type, signer, certificate));
        if (found)
            return found;
    }
    return undefined;
}
/** The signer's signatures and attestations (of `predicateType`) of `digest` in `repo`. */
async function findOwn(repo, digest, signer, predicateType) {
    const findings = { signatures: [], attestations: [] };
    const referrers = await (0,images_referrers/* discoverReferrers */.C3)(repo, [digest], { maxDepth: 1 });
    for (const referrer of referrers) {
        if (referrer.source === 'cosign-tag' && referrer.tag) {
            if (!(await ownLayers(repo, referrer, digest, signer, predicateType)))
                continue;
            const list = referrer.tag.endsWith('.sig') ? findings.signatures : findings.attestations;
            list.push({ storage: 'cosign-tag', where: referrer.tag });
        }
        else if (referrer.artifactType.startsWith('application/vnd.dev.sigstore.bundle')) {
            const type = await ownBundle(repo, referrer, digest, signer, [
                formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
                predicateType,
            ]);
            if (!type)
                continue;
            const list = type === formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? findings.signatures : findings.attestations;
            list.push({ storage: 'referrer', where: referrer.digest });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./.build/src/signing/sign.js












/** The user's signer: opened before anything is written, so a bad key fails the step first. */
async function openSigner(settings, env) {
    if (settings.mode === 'kms') {
        if (!settings.key)
            throw new errors/* UserError */.yo('Input sign_key is required with sign: kms');
        return kmsSigner(settings.key, env);
    }
    if (settings.mode === 'keyless')
        return keylessSigner(env);
    const pem = env.COSIGN_PRIVATE_KEY;
    if (!pem) {
        throw new errors/* UserError */.yo('Input sign: key needs the cosign private key in the environment variable COSIGN_PRIVATE_KEY (cosign generate-key-pair writes cosign.key), and its password in COSIGN_PASSWORD');
    }
    (0,secrets/* maskSecret */.$l)(pem);
    (0,secrets/* maskSecret */.$l)(env.COSIGN_PASSWORD);
    const key = await decryptCosignKey(pem, env.COSIGN_PASSWORD ?? '', 'COSIGN_PRIVATE_KEY');
    return keySigner(key, `the key in COSIGN_PRIVATE_KEY (${describeKey(key)}, ${fingerprint(key)})`);
}
function describe(found) {
    return found.storage === 'cosign-tag' ? found.where : `referrer ${found.where}`;
}
function base64ToHex(value) {
    return Buffer.from(value, 'base64').toString('hex');
}
/** The annotations cosign 2 puts beside a keyless signature: certificate, chain, Rekor entry. */
function keylessAnnotations(bundle, signer) {
    const chain = signer.chain ?? [];
    if (!chain.length)
        return {};
    const annotations = {
        [formats/* SigningAnnotation */.dy.certificate]: chain[0],
        [formats/* SigningAnnotation */.dy.chain]: chain.slice(1).join(''),
    };
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry?.inclusionPromise) {
        annotations[formats/* SigningAnnotation */.dy.rekorBundle] = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
            Payload: {
                body: entry.canonicalizedBody,
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: base64ToHex(entry.logId.keyId),
            },
        });
    }
    return annotations;
}
class Signing {
    signer;
    settings;
    entries = [];
    constructor(signer, settings) {
        this.signer = signer;
        this.settings = settings;
    }
    async bundle(builder, data, type) {
        return (0,bundle_dist.bundleToJSON)(await builder.create({ data, ...(type ? { type } : {}) }));
    }
    dsse(kind) {
        return new dist/* DSSEBundleBuilder */.VV({
            signer: this.signer.signer,
            witnesses: this.signer.witnesses(kind),
        });
    }
    /** The image's signature, as cosign 2 (`.sig` layer) or cosign 3 (bundle referrer) writes it. */
    async writeSignature(target, image) {
        const { repo, reference } = target;
        if (this.settings.format === 'bundle') {
            const body = (0,formats/* statement */.qZ)(reference, image.digest, formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4, {});
            const bundle = await this.bundle(this.dsse('dsse'), body, formats/* SigningMediaType */.GG.inTotoPayload);
            const digest = await putBundleReferrer(repo, image, Buffer.from(JSON.stringify(bundle)), {
                [formats/* SigningAnnotation */.dy.bundleContent]: 'dsse-envelope',
                [formats/* SigningAnnotation */.dy.bundlePredicateType]: formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4,
                [formats/* SigningAnnotation */.dy.created]: new Date().toISOString(),
            });
            return `referrer ${digest}`;
        }
        const payload = (0,formats/* simpleSigningPayload */.Kq)(reference, image.digest);
        const builder = new dist/* MessageSignatureBundleBuilder */.z3({
            signer: this.signer.signer,
            witnesses: this.signer.witnesses('hashedrekord'),
        });
        const bundle = await this.bundle(builder, payload);
        return addToCosignTag(repo, image.digest, 'sig', {
            mediaType: formats/* SigningMediaType */.GG.simpleSigning,
            bytes: payload,
            annotations: {
                [formats/* SigningAnnotation */.dy.signature]: bundle.messageSignature.signature,
                ...keylessAnnotations(bundle, this.signer),
            },
        });
    }
    /** The promotion's statement, as `cosign attest` (`.att` layer) or cosign 3 (referrer) writes it. */
    async writeAttestation(target, image) {
        const { repo, reference } = target;
        const body = (0,formats/* statement */.qZ)(reference, image.digest, formats/* PROMOTION_PREDICATE_TYPE */.Fc, target.predicate);
        if (this.settings.format === 'bundle') {
            const bundle = await this.bundle(this.dsse('dsse'), body, formats/* SigningMediaType */.GG.inTotoPayload);
            const digest = await putBundleReferrer(repo, image, Buffer.from(JSON.stringify(bundle)), {
                [formats/* SigningAnnotation */.dy.bundleContent]: 'dsse-envelope',
                [formats/* SigningAnnotation */.dy.bundlePredicateType]: formats/* PROMOTION_PREDICATE_TYPE */.Fc,
                [formats/* SigningAnnotation */.dy.created]: new Date().toISOString(),
            });
            return `referrer ${digest}`;
        }
        const bundle = await this.bundle(this.dsse('intoto'), body, formats/* SigningMediaType */.GG.inTotoPayload);
        return addToCosignTag(repo, image.digest, 'att', {
            mediaType: formats/* SigningMediaType */.GG.dsseEnvelope,
            bytes: this.envelopeBytes(bundle),
            annotations: {
                [formats/* SigningAnnotation */.dy.signature]: '',
                [formats/* SigningAnnotation */.dy.predicateType]: formats/* PROMOTION_PREDICATE_TYPE */.Fc,
                ...keylessAnnotations(bundle, this.signer),
            },
        });
    }
    /**
     * The envelope as stored in the `.att` layer. cosign 2 matches a logged `intoto` entry to the
     * layer by the SHA-256 of the layer's bytes, and the entry's hash is Rekor's: of the canonical
     * JSON of the envelope whose signature also names its certificate (what sigstore-js sends). So
     * a logged envelope is stored in that form, a valid DSSE envelope with one field more.
     */
    envelopeBytes(bundle) {
        const envelope = bundle.dsseEnvelope;
        const certificate = this.signer.chain?.[0];
        if (!certificate || !bundle.verificationMaterial.tlogEntries.length)
            return Buffer.from(JSON.stringify(envelope));
        return Buffer.from(core_dist.json.canonicalize({
            payloadType: envelope.payloadType,
            payload: envelope.payload,
            signatures: envelope.signatures.map((s) => ({
                sig: s.sig,
                publicKey: certificate,
                ...(s.keyid ? { keyid: s.keyid } : {}),
            })),
        }));
    }
    async signImage(target, image, attest) {
        const before = await findOwn(target.repo, image.digest, this.signer, formats/* PROMOTION_PREDICATE_TYPE */.Fc);
        const entry = (kind, storedAs, action) => this.entries.push({
            reference: target.reference,
            digest: image.digest,
            kind,
            storedAs,
            action,
            verified: false,
        });
        if (before.signatures.length)
            entry('signature', describe(before.signatures[0]), 'already there');
        else
            entry('signature', await this.writeSignature(target, image), 'written');
        if (!attest)
            return;
        if (before.attestations.length)
            entry('attestation', describe(before.attestations[0]), 'already there');
        else
            entry('attestation', await this.writeAttestation(target, image), 'written');
    }
    /** Each entry looked for on the target as a verifier would, and checked. */
    async verify(targets) {
        for (const target of targets) {
            for (const image of target.images) {
                const mine = this.entries.filter((e) => e.reference === target.reference && e.digest === image.digest);
                if (!mine.length)
                    continue;
                const found = await findOwn(target.repo, image.digest, this.signer, formats/* PROMOTION_PREDICATE_TYPE */.Fc);
                for (const e of mine) {
                    const list = e.kind === 'signature' ? found.signatures : found.attestations;
                    e.verified = list.some((f) => describe(f) === e.storedAs);
                }
            }
        }
        const failed = this.entries.filter((e) => !e.verified);
        if (failed.length) {
            throw new errors/* UserError */.yo(`Signing: ${failed.map((e) => `the ${e.kind} of ${e.reference}@${e.digest} (${e.storedAs})`).join('; ')} ${failed.length === 1 ? 'was' : 'were'} not found on the target, or did not verify with ${this.signer.label}`);
        }
    }
}
/** Signs (and attests) every target's images, then checks them on the target. */
async function signImages(signer, settings, targets) {
    const signing = new Signing(signer, settings);
    for (const target of targets) {
        for (const [i, image] of target.images.entries()) {
            await signing.signImage(target, image, settings.attest && i === 0);
        }
    }
    await signing.verify(targets);
    return signing.entries;
}


/***/ })

};
