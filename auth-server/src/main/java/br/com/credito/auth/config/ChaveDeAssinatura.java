package br.com.credito.auth.config;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

/**
 * The RS256 signing key, generated at each start and kept in memory only: this server never leaves a laptop, so no
 * key is stored. Resource servers pick the new key up from the JWKS by its {@code kid} after a restart.
 */
final class ChaveDeAssinatura {

    private static final int TAMANHO_BITS = 2048;

    private ChaveDeAssinatura() {}

    static RSAKey gerar() {
        KeyPair par = gerarPar();
        return new RSAKey.Builder((RSAPublicKey) par.getPublic())
                .privateKey((RSAPrivateKey) par.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }

    private static KeyPair gerarPar() {
        try {
            KeyPairGenerator gerador = KeyPairGenerator.getInstance("RSA");
            gerador.initialize(TAMANHO_BITS);
            return gerador.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA indisponivel nesta JVM", e);
        }
    }
}
