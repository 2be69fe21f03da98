package br.com.credito.common.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.postgresql.ssl.WrappedFactory;

/**
 * TLS to RDS verified against the region's RDS CA bundle, which the ECS task receives as an environment variable
 * (infra-terraform: DB_CA_PEM): {@code jdbc:postgresql://...?sslmode=verify-full&sslfactory=<this class>
 * &sslfactoryarg=DB_CA_PEM}. The JVM's default trust store does not hold the RDS CAs, and the image carries no
 * bundle; pgjdbc still checks the host name (verify-full) whatever the factory. Trusts exactly the bundle's CAs.
 */
public final class CaDoRdsSslFactory extends WrappedFactory {

    /** pgjdbc passes {@code sslfactoryarg}: the name of the environment variable holding the PEM bundle. */
    public CaDoRdsSslFactory(String variavel) throws GeneralSecurityException {
        this(System.getenv(variavel), variavel);
    }

    CaDoRdsSslFactory(String pem, String origem) throws GeneralSecurityException {
        if (pem == null || pem.isBlank()) {
            throw new GeneralSecurityException("CA do RDS ausente: defina " + origem + " (bundle PEM)");
        }
        Collection<? extends Certificate> cas = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (cas.isEmpty()) {
            throw new GeneralSecurityException("nenhum certificado em " + origem);
        }
        KeyStore confiaveis = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            confiaveis.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (Certificate ca : cas) {
            confiaveis.setCertificateEntry("rds-ca-" + i++, ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(confiaveis);
        SSLContext contexto = SSLContext.getInstance("TLS");
        contexto.init(null, tmf.getTrustManagers(), null);
        factory = contexto.getSocketFactory();
    }
}
