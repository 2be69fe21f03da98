package br.com.credito.localstack;

import br.com.credito.localstack.infra.InfraEmbarcada;
import br.com.credito.localstack.infra.PostgresLocal;
import br.com.credito.localstack.processo.CatalogoDeServicos;
import br.com.credito.localstack.processo.ProcessoFilho;
import br.com.credito.localstack.processo.RegistroDeProcessos;
import br.com.credito.localstack.processo.Servico;
import br.com.credito.localstack.processo.Supervisor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the local stack. Exit codes: 0 stopped by the user, 1 an application failed, 2 bad options or a
 * port in use (nothing was started).
 */
public final class PilhaLocal {

    /** Held until the JVM ends: the operating system releases it however the launcher dies. */
    @SuppressWarnings("unused")
    private static TravaDosDados trava;

    private static final int SIGINT = 2;

    private final Opcoes opcoes;
    private final Portas portas;
    private final int portaAdmin;
    private final RegistroDeProcessos registro;
    private final CountDownLatch parado = new CountDownLatch(1);
    private volatile boolean parando;
    private InfraEmbarcada infra;
    private Supervisor supervisor;
    private AdministracaoLocal admin;

    PilhaLocal(Opcoes opcoes, Portas portas, int portaAdmin) {
        this.opcoes = opcoes;
        this.portas = portas;
        this.portaAdmin = portaAdmin;
        this.registro = RegistroDeProcessos.em(opcoes.dados());
    }

    public static void main(String[] args) throws Exception {
        Opcoes opcoes;
        Portas portas;
        int portaAdmin;
        try {
            opcoes = Opcoes.de(Arrays.asList(args));
            portas = Portas.doAmbiente();
            portaAdmin = AdministracaoLocal.porta(nome -> System.getenv().getOrDefault(nome, System.getProperty(nome)));
        } catch (IllegalArgumentException e) {
            System.err.println("[local-stack] " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            trava = TravaDosDados.adquirir(opcoes.dados());
            encerrarSobras(opcoes);
        } catch (IllegalStateException | IOException e) {
            System.err.println("[local-stack] nada foi iniciado: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> problemas = new ArrayList<>(VerificadorDePortas.problemas(portas));
        if (!VerificadorDePortas.livre(portaAdmin)) {
            problemas.add("porta " + portaAdmin + " (admin do launcher, " + AdministracaoLocal.VARIAVEL_PORTA
                    + ") ja esta em uso");
        }
        if (!problemas.isEmpty()) {
            System.err.println("[local-stack] nada foi iniciado:");
            problemas.forEach(p -> System.err.println("  - " + p));
            System.err.println("  Libere a porta ou troque-a (ex.: LOCAL_EDGE_PORT=18080 ./run-local.sh).");
            System.exit(2);
        }
        System.exit(new PilhaLocal(opcoes, portas, portaAdmin).executar());
    }

    /**
     * What a launcher killed without its shutdown hook (SIGKILL, out-of-memory kill, closed IDE) left running on this
     * data folder: its PostgreSQL (own session, so a kill of the process group misses it), and what its registry lists
     * (redis-server; a child JVM that had not yet seen its launcher die). Only a port held by something else is a
     * conflict.
     */
    private static void encerrarSobras(Opcoes opcoes) throws IOException {
        try {
            List<String> parados = RegistroDeProcessos.em(opcoes.dados()).encerrarSobras(Duration.ofSeconds(10));
            if (!parados.isEmpty()) {
                System.out.println("[local-stack] parados, deixados por uma execucao anterior: " + parados);
            }
            PostgresLocal.encerrarSobra(opcoes.dados().resolve("pgdata"))
                    .ifPresent(pid -> System.out.println("[local-stack] PostgreSQL deixado por uma execucao anterior"
                            + " (pid " + pid + ") parado; os dados foram mantidos"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrompido", e);
        }
        CopiaDoLancador.apagarAbandonadas(opcoes.raiz());
    }

    int executar() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::parar, "local-stack-parada"));
        if (Processos.sinalIgnorado(SIGINT)) {
            System.out.println("[local-stack] SIGINT esta ignorado neste processo (iniciado em segundo plano por um"
                    + " script): pare com kill -TERM " + ProcessHandle.current().pid());
        }
        long inicio = System.nanoTime();
        try {
            List<Servico> servicos = iniciar();
            Duration tempo = Duration.ofNanos(System.nanoTime() - inicio);
            System.out.println(Banner.montar(portas, servicos, infra.bureauAdmin(), tempo));
        } catch (Supervisor.FalhaAoIniciarException e) {
            mostrarFalha(e.getMessage(), e.filho());
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("[local-stack] falha ao iniciar: " + e);
            return 1;
        }
        vigiar();
        return 0;
    }

    private List<Servico> iniciar() throws IOException, InterruptedException {
        Path pgdata = opcoes.dados().resolve("pgdata");
        if (opcoes.limpar()) {
            Arquivos.apagar(pgdata);
            System.out.println("[local-stack] --clean: dados do PostgreSQL apagados");
        }
        Files.createDirectories(opcoes.dados());
        List<Servico> servicos = selecionar(CatalogoDeServicos.criar(portas, enderecos())).stream()
                .map(servico -> opcoes.perfil().aplicar(servico, System::getenv))
                .toList();
        List<String> opcoesJvm = opcoes.perfil().opcoesJvm(System::getenv);
        supervisor = new Supervisor(registro);
        supervisor.preparar(servicos, opcoes.raiz(), opcoes.dados(), opcoesJvm, cacheDaJvm());
        System.out.println("[local-stack] iniciando PostgreSQL, Redis, ElasticMQ e simulador do bureau...");
        infra = InfraEmbarcada.iniciar(new InfraEmbarcada.Config(
                portas.postgres(), portas.redis(), portas.sqs(), portas.bureau(), pgdata, opcoes.raiz()));
        infra.redis().processo().ifPresent(p -> registro.registrar(p, "redis-server"));
        iniciarAdmin();
        System.out.println("[local-stack] iniciando auth-server, edge e os cinco servicos (logs em "
                + opcoes.dados().resolve("logs") + ")...");
        supervisor.iniciar(servicos, opcoes.raiz(), opcoes.dados(), opcoesJvm);
        supervisor.aguardarProntidao(opcoes.prazoProntidao());
        return servicos;
    }

    /**
     * Where the embedded servers will answer: known from the ports alone, so the applications are prepared (extracted,
     * their caches looked up) while the servers start.
     */
    private CatalogoDeServicos.Enderecos enderecos() {
        return new CatalogoDeServicos.Enderecos(
                PostgresLocal.jdbcUrl(portas.postgres()),
                InfraEmbarcada.sqsEndpoint(portas.sqs()),
                "http://localhost:" + portas.bureau());
    }

    /** Fault injection for the drills (AdministracaoLocal); on loopback, up as long as the embedded servers. */
    private void iniciarAdmin() throws IOException {
        admin = AdministracaoLocal.iniciar(
                portaAdmin,
                Map.of(
                        "/broker/stop", infra.sqs()::parar,
                        "/broker/start", infra.sqs()::iniciar,
                        "/postgres/restart", infra.postgres()::reiniciar));
        System.out.println("[local-stack] admin (drills) em http://127.0.0.1:" + admin.porta()
                + ": POST /broker/stop, /broker/start, /postgres/restart");
    }

    private List<Servico> selecionar(List<Servico> todos) {
        List<String> desconhecidos = opcoes.sem().stream()
                .filter(m -> todos.stream().noneMatch(s -> s.modulo().equals(m)))
                .toList();
        if (!desconhecidos.isEmpty()) {
            throw new IllegalArgumentException("--sem com modulo desconhecido: " + desconhecidos);
        }
        if (!opcoes.sem().isEmpty()) {
            System.out.println("[local-stack] nao serao iniciados (--sem): " + opcoes.sem());
        }
        return todos.stream().filter(s -> !opcoes.sem().contains(s.modulo())).toList();
    }

    /** Runs until Ctrl-C; an application that stops on its own is reported, the rest stay up. */
    private void vigiar() throws InterruptedException {
        List<ProcessoFilho> avisados = List.of();
        while (!parado.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
            List<ProcessoFilho> terminados = supervisor.terminados();
            for (ProcessoFilho filho : terminados) {
                if (!parando && !avisados.contains(filho)) {
                    System.err.println("[local-stack] " + filho.servico().modulo() + " parou; veja " + filho.log());
                }
            }
            avisados = terminados;
        }
    }

    private synchronized void parar() {
        if (parado.getCount() == 0) {
            return;
        }
        parando = true;
        System.out.println("[local-stack] parando...");
        if (admin != null) {
            admin.close(); // no drill may restart a server while it is being stopped
        }
        if (supervisor != null) {
            supervisor.close();
        }
        if (infra != null) {
            infra.close();
        }
        List<String> ocupadas = portas.porNome().entrySet().stream()
                .filter(e -> !VerificadorDePortas.livre(e.getValue()))
                .map(e -> e.getKey() + ":" + e.getValue())
                .toList();
        System.out.println(
                ocupadas.isEmpty()
                        ? "[local-stack] parado; nenhuma porta da pilha ficou em uso."
                        : "[local-stack] parado, mas ainda em uso: " + ocupadas);
        CopiaDoLancador.apagarAPropria(opcoes.raiz());
        parado.countDown();
    }

    private static void mostrarFalha(String motivo, ProcessoFilho filho) {
        System.err.println("[local-stack] " + motivo + ". Ultimas linhas de " + filho.log() + ":");
        filho.ultimasLinhasDoLog(40).forEach(l -> System.err.println("    " + l));
    }

    /** Extracted jars and the JVM's class-data cache (see PreparacaoDaJvm); off with LOCAL_STACK_CACHE_JVM=false. */
    private static boolean cacheDaJvm() {
        return !"false".equalsIgnoreCase(System.getenv("LOCAL_STACK_CACHE_JVM"));
    }
}
