package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The packaged launcher, as a supervisor sees it: started in a process group of its own ({@code setsid}, as a shell
 * or an IDE does), with its embedded servers only (every application left out with --sem, so the test needs no other
 * module built), then killed or signalled. Real processes on free loopback ports; each wait bounded.
 */
@EnabledOnOs(OS.LINUX)
class PilhaLocalSinaisIT {

    private static final String APLICACOES = "auth-server,edge-gateway,concessao-service,motor-regras-service,"
            + "historico-service,score-service,investimento-service";
    private static final String PRONTA = "Plataforma de concessao de credito pronta";
    private static final Path RAIZ = Path.of(System.getProperty("raiz.repositorio", ".."))
            .toAbsolutePath()
            .normalize();

    private final Map<String, String> portas = new LinkedHashMap<>();
    private final List<Process> iniciadas = new ArrayList<>();
    private Path dados;

    @BeforeEach
    void portasLivresEDadosProprios(org.junit.jupiter.api.TestInfo teste) throws IOException {
        // Every socket stays open until all ports are chosen: closed one by one, the system could hand the same free
        // port out twice, and the launcher then refused to start ("porta configurada para bureau-simulator e
        // motor-regras-service").
        List<ServerSocket> reservadas = new ArrayList<>();
        try {
            for (String nome : List.of(
                    "LOCAL_POSTGRES_PORT",
                    "LOCAL_REDIS_PORT",
                    "LOCAL_SQS_PORT",
                    "LOCAL_BUREAU_PORT",
                    "LOCAL_AUTH_PORT",
                    "LOCAL_EDGE_PORT",
                    "LOCAL_CONCESSAO_PORT",
                    "LOCAL_REGRAS_PORT",
                    "LOCAL_HISTORICO_PORT",
                    "LOCAL_SCORE_PORT",
                    "LOCAL_INVESTIMENTO_PORT",
                    "LOCAL_ADMIN_PORT")) {
                ServerSocket socket = new ServerSocket(0);
                reservadas.add(socket);
                portas.put(nome, Integer.toString(socket.getLocalPort()));
            }
        } finally {
            for (ServerSocket socket : reservadas) {
                socket.close();
            }
        }
        dados = RAIZ.resolve("local-stack/target/it-sinais/"
                + teste.getTestMethod().orElseThrow().getName());
        Arquivos.apagar(dados);
    }

    @AfterEach
    void nadaFicaRodando() throws Exception {
        for (Process pilha : iniciadas) {
            if (pilha.isAlive()) {
                sinal("KILL", -pilha.pid());
            }
        }
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    @Test
    void depoisDeUmKill9NoGrupoOProximoInicioParaOPostgresQueFicouESobeESigtermNoGrupoParaTudo() throws Exception {
        Process primeira = iniciar("primeira");
        long postgres = postmaster().orElseThrow().pid();

        sinal("KILL", -primeira.pid());
        assertThat(primeira.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(postgres).filter(Processos::vivo))
                .as("o PostgreSQL roda em sessao propria e sobrevive ao kill -9 do grupo")
                .isPresent();

        Process segunda = iniciar("segunda");

        assertThat(saida("segunda")).contains("PostgreSQL deixado por uma execucao anterior (pid " + postgres + ")");
        assertThat(ProcessHandle.of(postgres).filter(Processos::vivo)).isEmpty();
        pararComSinalEConferir(segunda, "TERM", -segunda.pid(), "segunda");
    }

    @Test
    void sighupAoGrupoParaTudo() throws Exception {
        Process pilha = iniciar("pilha");

        pararComSinalEConferir(pilha, "HUP", -pilha.pid(), "pilha");
    }

    @Test
    void depoisDeUmKill9SoNoLancadorOProximoParaORedisEOPostgresQueFicaramESigtermSoNeleParaTudo() throws Exception {
        Process primeira = iniciar("primeira");
        long postgres = postmaster().orElseThrow().pid();
        long redis = registrado("redis-server");

        sinal("KILL", primeira.pid());
        assertThat(primeira.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(redis).filter(Processos::vivo))
                .as("redis-server sobrevive ao lancador morto sozinho")
                .isPresent();

        Process segunda = iniciar("segunda");

        assertThat(saida("segunda")).contains("redis-server (pid " + redis + ")");
        assertThat(ProcessHandle.of(redis).filter(Processos::vivo)).isEmpty();
        assertThat(ProcessHandle.of(postgres).filter(Processos::vivo)).isEmpty();
        pararComSinalEConferir(segunda, "TERM", segunda.pid(), "segunda");
    }

    private Process iniciar(String nome) throws Exception {
        ProcessBuilder construtor = new ProcessBuilder(
                        "setsid",
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        RAIZ.resolve("local-stack/target/local-stack-0.1.0-SNAPSHOT.jar")
                                .toString(),
                        "--sem=" + APLICACOES,
                        "--timeout=120",
                        "--dados=" + RAIZ.relativize(dados))
                .directory(RAIZ.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dados.resolve(nome + ".out").toFile());
        Files.createDirectories(dados);
        construtor.environment().putAll(portas);
        Process pilha = construtor.start();
        iniciadas.add(pilha);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .failFast(() -> assertThat(pilha.isAlive())
                        .as("a pilha terminou antes de ficar pronta: " + saida(nome))
                        .isTrue())
                .untilAsserted(
                        () -> assertThat(saida(nome)).as("pronta em 180 s").contains(PRONTA));
        return pilha;
    }

    /** Sends the signal, waits for the launcher to end, and checks nothing it started is left. */
    private void pararComSinalEConferir(Process pilha, String nome, long alvo, String saida) throws Exception {
        long postgres = postmaster().orElseThrow().pid();
        long redis = registrado("redis-server");

        sinal(nome, alvo);

        assertThat(pilha.waitFor(60, TimeUnit.SECONDS))
                .as("parou com SIG" + nome)
                .isTrue();
        assertThat(saida(saida)).contains("nenhuma porta da pilha ficou em uso");
        assertThat(terminou(postgres)).as("PostgreSQL parou").isTrue();
        assertThat(terminou(redis)).as("redis-server parou").isTrue();
        portas.forEach((variavel, porta) -> assertThat(VerificadorDePortas.livre(Integer.parseInt(porta)))
                .as(variavel + " livre")
                .isTrue());
    }

    private static boolean terminou(long pid) throws InterruptedException {
        Optional<ProcessHandle> processo = ProcessHandle.of(pid);
        return processo.isEmpty() || Processos.aguardarFim(processo.get(), 10_000);
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path arquivo = dados.resolve("pgdata/postmaster.pid");
        if (!Files.isRegularFile(arquivo)) {
            return Optional.empty();
        }
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(arquivo).getFirst().trim()))
                .filter(Processos::vivo);
    }

    /** The pid the launcher's registry recorded for a name. */
    private long registrado(String nome) throws IOException {
        return Files.readAllLines(dados.resolve("processos")).stream()
                .filter(linha -> linha.endsWith(";" + nome))
                .mapToLong(linha -> Long.parseLong(linha.substring(0, linha.indexOf(';'))))
                .reduce((primeiro, ultimo) -> ultimo)
                .orElseThrow();
    }

    private String saida(String nome) throws IOException {
        Path arquivo = dados.resolve(nome + ".out");
        return Files.exists(arquivo) ? Files.readString(arquivo, StandardCharsets.UTF_8) : "";
    }

    private static void sinal(String nome, long alvo) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + nome, "--", Long.toString(alvo))
                .inheritIO()
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
}
