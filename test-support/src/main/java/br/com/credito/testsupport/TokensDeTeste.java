package br.com.credito.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Mints JWTs for tests: valid ones signed by a key whose JWKS is served on loopback (as the authorization server and
 * Cognito do), and deliberately broken ones (expired, not yet valid, unknown key, alg none, wrong audience or issuer).
 */
public final class TokensDeTeste {

    public static final String EMISSOR = "http://localhost:9000";
    public static final String AUDIENCIA = "credito-api";
    private static final String KID = "chave-de-teste";
    private static final String CANAL = "canal-app";
    private static final Duration VALIDADE = Duration.ofMinutes(5);

    private static final KeyPair CHAVE = gerarChave();
    private static final KeyPair CHAVE_DESCONHECIDA = gerarChave();
    private static volatile HttpServer jwks;

    private TokensDeTeste() {}

    /** Where the resource server fetches the public key; starts the JWKS endpoint on first use. */
    public static synchronized String jwksUri() {
        if (jwks == null) {
            try {
                jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] corpo = jwksJson().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/oauth2/jwks", troca -> {
                troca.getResponseHeaders().add("Content-Type", "application/json");
                troca.sendResponseHeaders(200, corpo.length);
                try (OutputStream saida = troca.getResponseBody()) {
                    saida.write(corpo);
                }
            });
            jwks.start();
        }
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/oauth2/jwks";
    }

    public static String valido(String... escopos) {
        return completo(CHAVE, EMISSOR, AUDIENCIA, Instant.now(), escopos);
    }

    /** A valid token of another client ({@code sub}), for what is scoped by caller (Idempotency-Keys). */
    public static String validoPara(String cliente, String... escopos) {
        return assinado(vigente(paraApi(EMISSOR, cliente, escopos), Instant.now()), CHAVE);
    }

    public static String expirado(String... escopos) {
        return completo(CHAVE, EMISSOR, AUDIENCIA, Instant.now().minus(Duration.ofHours(1)), escopos);
    }

    public static String aindaNaoValido(String... escopos) {
        return completo(CHAVE, EMISSOR, AUDIENCIA, Instant.now().plus(Duration.ofHours(1)), escopos);
    }

    public static String chaveDesconhecida(String... escopos) {
        return completo(CHAVE_DESCONHECIDA, EMISSOR, AUDIENCIA, Instant.now(), escopos);
    }

    public static String outraAudiencia(String... escopos) {
        return completo(CHAVE, EMISSOR, "outra-api", Instant.now(), escopos);
    }

    public static String outroEmissor(String... escopos) {
        return completo(CHAVE, "http://emissor-falso:9000", AUDIENCIA, Instant.now(), escopos);
    }

    /**
     * Shaped like a Cognito access token: no {@code aud}, the app client in {@code client_id}, scopes prefixed with the
     * resource server ({@code credito-api/cartao:conceder}).
     */
    public static String cognito(String clientId, String... escopos) {
        return cognitoComUso("access", clientId, escopos);
    }

    /** Like {@link #cognito} but with another {@code token_use} (Cognito's ID tokens say {@code id}). */
    public static String cognitoComUso(String tokenUse, String clientId, String... escopos) {
        String[] prefixados =
                Arrays.stream(escopos).map(e -> "credito-api/" + e).toArray(String[]::new);
        JwtBuilder cognito = corpo(EMISSOR, clientId, prefixados)
                .claim("client_id", clientId)
                .claim("token_use", tokenUse);
        return assinado(vigente(cognito, Instant.now()), CHAVE);
    }

    /** Signed and otherwise valid, but with no {@code exp}: it would never expire. */
    public static String semExpiracao(String... escopos) {
        return assinado(paraApi(EMISSOR, CANAL, escopos).issuedAt(new Date()), CHAVE);
    }

    /** Signed and in date, but naming no audience and no client ({@code aud} and {@code client_id} both absent). */
    public static String semAudienciaNemCliente(String... escopos) {
        return assinado(vigente(corpo(EMISSOR, CANAL, escopos), Instant.now()), CHAVE);
    }

    /** An unsecured JWT ({@code alg: none}) carrying every claim a valid token would. */
    public static String semAssinatura(String... escopos) {
        return vigente(paraApi(EMISSOR, CANAL, escopos), Instant.now()).compact();
    }

    /** Every claim the resource server checks, valid from {@code inicio} for five minutes. */
    private static String completo(KeyPair chave, String emissor, String audiencia, Instant inicio, String... escopos) {
        JwtBuilder token = corpo(emissor, CANAL, escopos)
                .id(UUID.randomUUID().toString())
                .audience()
                .add(audiencia)
                .and()
                .notBefore(Date.from(inicio));
        return assinado(vigente(token, inicio), chave);
    }

    private static JwtBuilder corpo(String emissor, String sujeito, String... escopos) {
        return Jwts.builder().issuer(emissor).subject(sujeito).claim("scope", String.join(" ", escopos));
    }

    private static JwtBuilder paraApi(String emissor, String sujeito, String... escopos) {
        return corpo(emissor, sujeito, escopos).audience().add(AUDIENCIA).and();
    }

    private static JwtBuilder vigente(JwtBuilder token, Instant emitidoEm) {
        return token.issuedAt(Date.from(emitidoEm)).expiration(Date.from(emitidoEm.plus(VALIDADE)));
    }

    private static String assinado(JwtBuilder token, KeyPair chave) {
        return token.header()
                .keyId(KID)
                .and()
                .signWith(chave.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    private static String jwksJson() {
        RSAPublicKey publica = (RSAPublicKey) CHAVE.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + base64Url(publica.getModulus()) + "\",\"e\":\"" + base64Url(publica.getPublicExponent()) + "\"}]}";
    }

    private static String base64Url(BigInteger valor) {
        byte[] bytes = valor.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair gerarChave() {
        try {
            KeyPairGenerator gerador = KeyPairGenerator.getInstance("RSA");
            gerador.initialize(2048);
            return gerador.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
