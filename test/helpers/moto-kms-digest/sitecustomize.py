# Loaded by Python at start-up when this folder is on PYTHONPATH (test/helpers/aws.ts puts it there
# for moto_server). moto 5.2's KMS Sign ignores MessageType: a DIGEST message is hashed again, so
# the signature is over sha256(digest), not over the message whose digest was sent
# (getmoto/moto#10202). Here a DIGEST message is signed as the prehashed digest it is, as AWS
# KMS signs it, for ECDSA and RSA keys alike; RAW messages are left to moto.
import contextvars

try:
    from cryptography.hazmat.primitives.asymmetric import ec, utils
    from moto.kms import responses, utils as kms_utils
except Exception:  # moto or cryptography missing: moto_server fails on its own terms
    responses = None

if responses is not None:
    _digest = contextvars.ContextVar("kms_digest_message", default=False)
    _sign_response = responses.KmsResponse.sign

    def _sign(self):
        token = _digest.set(self._get_param("MessageType") == "DIGEST")
        try:
            return _sign_response(self)
        finally:
            _digest.reset(token)

    responses.KmsResponse.sign = _sign

    _ecdsa_sign = kms_utils.ECDSAPrivateKey.sign

    def _ecdsa(self, message, signing_algorithm):
        if not _digest.get():
            return _ecdsa_sign(self, message, signing_algorithm)
        kms_utils.validate_signing_algorithm(signing_algorithm, self.valid_signing_algorithms)
        algorithm = self._ECDSAPrivateKey__hash_algorithm(signing_algorithm)
        return self.private_key.sign(message, ec.ECDSA(utils.Prehashed(algorithm)))

    kms_utils.ECDSAPrivateKey.sign = _ecdsa

    _rsa_sign = kms_utils.RSAPrivateKey.sign

    def _rsa(self, message, signing_algorithm):
        if not _digest.get():
            return _rsa_sign(self, message, signing_algorithm)
        kms_utils.validate_signing_algorithm(
            signing_algorithm, kms_utils.SigningAlgorithm.rsa_signing_algorithms()
        )
        pad, algorithm = self._RSAPrivateKey__padding_and_hash_algorithm(signing_algorithm)
        return self.private_key.sign(message, pad, utils.Prehashed(algorithm))

    kms_utils.RSAPrivateKey.sign = _rsa
