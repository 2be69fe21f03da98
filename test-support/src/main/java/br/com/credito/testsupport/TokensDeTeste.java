package br.com.credito.testsupport;

import com.sun.net.httpserver.HttpServer;
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
import java.security.PrivateKey;
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
        return assinar(CHAVE.getPrivate(), EMISSOR, AUDIENCIA, Instant.now(), Duration.ofMinutes(5), escopos);
    }

    /** A valid token of another client ({@code sub}), for what is scoped by caller (Idempotency-Keys). */
    public static String validoPara(String cliente, String... escopos) {
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .issuer(EMISSOR)
                .audience()
                .add(AUDIENCIA)
                .and()
                .subject(cliente)
                .claim("scope", String.join(" ", escopos))
                .issuedAt(new Date())
                .expiration(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .signWith(CHAVE.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    public static String expirado(String... escopos) {
        return assinar(
                CHAVE.getPrivate(),
                EMISSOR,
                AUDIENCIA,
                Instant.now().minus(Duration.ofHours(1)),
                Duration.ofMinutes(5),
                escopos);
    }

    public static String aindaNaoValido(String... escopos) {
        return assinar(
                CHAVE.getPrivate(),
                EMISSOR,
                AUDIENCIA,
                Instant.now().plus(Duration.ofHours(1)),
                Duration.ofMinutes(5),
                escopos);
    }

    public static String chaveDesconhecida(String... escopos) {
        return assinar(
                CHAVE_DESCONHECIDA.getPrivate(), EMISSOR, AUDIENCIA, Instant.now(), Duration.ofMinutes(5), escopos);
    }

    public static String outraAudiencia(String... escopos) {
        return assinar(CHAVE.getPrivate(), EMISSOR, "outra-api", Instant.now(), Duration.ofMinutes(5), escopos);
    }

    public static String outroEmissor(String... escopos) {
        return assinar(
                CHAVE.getPrivate(),
                "http://emissor-falso:9000",
                AUDIENCIA,
                Instant.now(),
                Duration.ofMinutes(5),
                escopos);
    }

    /**
     * Shaped like a Cognito access token: no {@code aud}, the app client in {@code client_id}, scopes prefixed with the
     * resource server ({@code credito-api/cartao:conceder}).
     */
    public static String cognito(String clientId, String... escopos) {
        Instant agora = Instant.now();
        String prefixados = String.join(
                " ",
                java.util.Arrays.stream(escopos).map(e -> "credito-api/" + e).toList());
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .issuer(EMISSOR)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("token_use", "access")
                .claim("scope", prefixados)
                .issuedAt(Date.from(agora))
                .expiration(Date.from(agora.plus(Duration.ofMinutes(5))))
                .signWith(CHAVE.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    /** Signed and otherwise valid, but with no {@code exp}: it would never expire. */
    public static String semExpiracao(String... escopos) {
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .issuer(EMISSOR)
                .audience()
                .add(AUDIENCIA)
                .and()
                .subject("canal-app")
                .claim("scope", String.join(" ", escopos))
                .issuedAt(new Date())
                .signWith(CHAVE.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    /** Signed and in date, but naming no audience and no client ({@code aud} and {@code client_id} both absent). */
    public static String semAudienciaNemCliente(String... escopos) {
        Instant agora = Instant.now();
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .issuer(EMISSOR)
                .subject("canal-app")
                .claim("scope", String.join(" ", escopos))
                .issuedAt(Date.from(agora))
                .expiration(Date.from(agora.plus(Duration.ofMinutes(5))))
                .signWith(CHAVE.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    /** Like {@link #cognito} but with another {@code token_use} (Cognito's ID tokens say {@code id}). */
    public static String cognitoComUso(String tokenUse, String clientId, String... escopos) {
        Instant agora = Instant.now();
        String prefixados = String.join(
                " ", Arrays.stream(escopos).map(e -> "credito-api/" + e).toList());
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .issuer(EMISSOR)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("token_use", tokenUse)
                .claim("scope", prefixados)
                .issuedAt(Date.from(agora))
                .expiration(Date.from(agora.plus(Duration.ofMinutes(5))))
                .signWith(CHAVE.getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    /** An unsecured JWT ({@code alg: none}) carrying every claim a valid token would. */
    public static String semAssinatura(String... escopos) {
        Instant agora = Instant.now();
        return Jwts.builder()
                .issuer(EMISSOR)
                .audience()
                .add(AUDIENCIA)
                .and()
                .subject("canal-app")
                .claim("scope", String.join(" ", escopos))
                .issuedAt(Date.from(agora))
                .expiration(Date.from(agora.plus(Duration.ofMinutes(5))))
                .compact();
    }

    private static String assinar(
            PrivateKey chave, String emissor, String audiencia, Instant inicio, Duration validade, String... escopos) {
        return Jwts.builder()
                .header()
                .keyId(KID)
                .and()
                .id(UUID.randomUUID().toString())
                .issuer(emissor)
                .audience()
                .add(audiencia)
                .and()
                .subject("canal-app")
                .claim("scope", String.join(" ", escopos))
                .issuedAt(Date.from(inicio))
                .notBefore(Date.from(inicio))
                .expiration(Date.from(inicio.plus(validade)))
                .signWith(chave, Jwts.SIG.RS256)
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
