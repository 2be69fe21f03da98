package br.com.credito.localstack.infra;

import br.com.credito.filaslocais.ElasticMqEmbarcado;
import br.com.credito.filaslocais.FilaComDlq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** The embedded servers, started in order and stopped in reverse, each stop isolated from the others' failures. */
public final class InfraEmbarcada implements AutoCloseable {

    private final Deque<AutoCloseable> iniciados = new ArrayDeque<>();
    private PostgresLocal postgres;
    private ElasticMqEmbarcado sqs;
    private RedisLocal redis;
    private String jdbcUrl;
    private String sqsEndpoint;
    private String bureauAdmin;

    public record Config(int postgres, int redis, int sqs, int bureau, Path dadosPostgres, Path raiz) {}

    public static InfraEmbarcada iniciar(Config config) throws IOException {
        InfraEmbarcada infra = new InfraEmbarcada();
        try {
            infra.postgres = PostgresLocal.iniciar(config.postgres(), config.dadosPostgres());
            infra.iniciados.push(infra.postgres);
            infra.jdbcUrl = infra.postgres.jdbcUrl();
            infra.redis = RedisLocal.iniciar(config.redis());
            infra.iniciados.push(infra.redis);
            // The queue investimento-service publishes to and concessao-service consumes; "localhost" in its URLs.
            infra.sqs = new ElasticMqEmbarcado(config.sqs(), "localhost", FilaComDlq.INVESTIMENTO_CRIADO);
            infra.sqs.iniciar();
            infra.iniciados.push(infra.sqs);
            infra.sqsEndpoint = infra.sqs.endpoint().toString();
            WireMockBureau bureau = WireMockBureau.iniciar(config.bureau(), config.raiz());
            infra.iniciados.push(bureau);
            bureau.aquecerEmSegundoPlano();
            infra.bureauAdmin = bureau.urlAdmin();
            return infra;
        } catch (IOException | RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String sqsEndpoint() {
        return sqsEndpoint;
    }

    public String bureauAdmin() {
        return bureauAdmin;
    }

    /** The broker and the database, for the launcher's admin endpoint (fault drills). */
    public ElasticMqEmbarcado sqs() {
        return sqs;
    }

    public PostgresLocal postgres() {
        return postgres;
    }

    public RedisLocal redis() {
        return redis;
    }

    @Override
    public void close() {
        while (!iniciados.isEmpty()) {
            AutoCloseable servidor = iniciados.pop();
            try {
                servidor.close();
            } catch (Exception | LinkageError e) {
                // Ctrl-C reaches the embedded server processes too; one already gone (or a launcher jar rebuilt
                // under it) must not keep the rest up.
                System.err.println(
                        "[local-stack] aviso ao parar " + servidor.getClass().getSimpleName() + ": " + e);
            }
        }
    }
}
