package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.filaslocais.FilaComDlq;
import br.com.credito.localstack.processo.CatalogoDeServicos;
import br.com.credito.localstack.processo.Servico;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no image can be pulled), so it is checked against what can: the embedded stack
 * (same applications, ports and variable names), the applications' own configuration, the internal contracts, the
 * queue definitions, what the simulator and the upstream images read, and the image recipes (ImagensTest).
 */
class DockerComposeTest {

    static final Path RAIZ = Path.of("").toAbsolutePath().getParent();
    static final Set<String> INFRA = Set.of("postgres", "redis", "elasticmq", "bureau-simulator");
    static final String RECEITA = "docker/servico.Dockerfile";
    static final String LOOPBACK = "127.0.0.1:";
    static final long MIB = 1024L * 1024;
    private static final Pattern GETENV = Pattern.compile("getenv(?:\\(\\)\\.getOrDefault)?\\(\"([A-Z_]+)\"");

    static Map<String, Map<String, Object>> servicos;
    static Map<String, Servico> embarcados;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void carregar() throws IOException {
        try (Reader leitor = Files.newBufferedReader(RAIZ.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(leitor);
            servicos = (Map<String, Map<String, Object>>) compose.get("services");
        }
        embarcados = new java.util.HashMap<>();
        CatalogoDeServicos.criar(
                        Portas.de(nome -> null),
                        new CatalogoDeServicos.Enderecos("jdbc:postgresql://localhost/credito", "http://x", "http://x"))
                .forEach(s -> embarcados.put(s.modulo(), s));
    }

    @Test
    void deveTerAInfraestruturaEAsMesmasAplicacoesDaPilhaEmbarcada() {
        Set<String> esperados = new HashSet<>(INFRA);
        esperados.addAll(embarcados.keySet());
        assertThat(servicos.keySet()).containsExactlyInAnyOrderElementsOf(esperados);
    }

    @Test
    void devePublicarAsMesmasPortasDaPilhaEmbarcadaSoNoLoopback() {
        Map<String, Integer> portas =
                Map.of("postgres", 5432, "redis", 6379, "elasticmq", 9324, "bureau-simulator", 8090);
        portas.forEach(
                (nome, porta) -> assertThat(portasPublicadas(nome)).containsExactly(LOOPBACK + porta + ":" + porta));
        embarcados.forEach((modulo, servico) -> {
            assertThat(portasPublicadas(modulo)).containsExactly(LOOPBACK + servico.porta() + ":" + servico.porta());
            assertThat(ambiente(modulo)).containsEntry("SERVER_PORT", Integer.toString(servico.porta()));
        });
    }

    @Test
    void deveDarACadaAplicacaoAsMesmasVariaveisDaPilhaEmbarcada() {
        embarcados.forEach((modulo, servico) -> {
            Set<String> nomes = new TreeSet<>(ambiente(modulo).keySet());
            nomes.remove("SERVER_PORT");
            assertThat(nomes)
                    .as(modulo)
                    .containsExactlyInAnyOrderElementsOf(servico.ambiente().keySet());
        });
    }

    @Test
    void deveUsarApenasVariaveisQueAAplicacaoLeOuQueOContratoLheAtribui() throws IOException {
        Map<String, Set<String>> contrato = ContratoDeAmbiente.porServico(RAIZ);
        for (String modulo : embarcados.keySet()) {
            Set<String> conhecidas = ConfiguracaoDasAplicacoes.placeholders(RAIZ, modulo);
            conhecidas.addAll(contrato.getOrDefault(modulo, Set.of()));
            conhecidas.addAll(ConfiguracaoDasAplicacoes.LIDAS_POR_BIBLIOTECAS);
            assertThat(ambiente(modulo).keySet()).as(modulo).isSubsetOf(conhecidas);
        }
    }

    @Test
    void deveDefinirTodaVariavelQueOContratoAtribuiAoServico() throws IOException {
        ContratoDeAmbiente.porServico(RAIZ).forEach((modulo, variaveis) -> {
            Set<String> esperadas = new TreeSet<>(variaveis);
            esperadas.removeAll(ContratoDeAmbiente.SO_NA_AWS);
            assertThat(ambiente(modulo).keySet()).as(modulo).containsAll(esperadas);
        });
    }

    @Test
    void deveUsarAMesmaFilaEDlqDaPilhaEmbarcada() throws IOException {
        String conf = Files.readString(RAIZ.resolve("local-stack/docker/elasticmq.conf"));
        FilaComDlq fila = FilaComDlq.INVESTIMENTO_CRIADO;
        assertThat(conf)
                .contains(fila.nome() + " {", fila.dlq() + " {}")
                .contains("name = \"" + fila.dlq() + "\"", "maxReceiveCount = " + fila.maxRecebimentos())
                .contains("defaultVisibilityTimeout = " + fila.visibilidade().toSeconds() + " seconds");
        assertThat(ambiente("concessao-service")).containsEntry("CONCESSAO_FILA_INVESTIMENTOS", fila.nome());
        assertThat(ambiente("investimento-service")).containsEntry("CONCESSAO_FILA_INVESTIMENTOS", fila.nome());
        assertThat(servicos.get("postgres").toString()).contains("POSTGRES_DB=credito");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deveEsperarCadaDependenciaFicarSaudavel() {
        servicos.forEach((nome, servico) -> {
            assertThat(servico).as(nome).containsKey("healthcheck");
            Map<String, Map<String, String>> dependencias =
                    (Map<String, Map<String, String>>) servico.getOrDefault("depends_on", Map.of());
            dependencias.forEach((dependencia, condicao) -> {
                assertThat(servicos).as(nome + " depende de " + dependencia).containsKey(dependencia);
                assertThat(condicao).as(nome + " -> " + dependencia).containsEntry("condition", "service_healthy");
            });
        });
        assertThat(((Map<String, Object>) servicos.get("edge-gateway").get("depends_on")).keySet())
                .containsAll(List.of("auth-server", "concessao-service", "score-service"));
    }

    /** Issue 18: one recipe for the Boot services, told the module and port by build arguments. */
    @Test
    @SuppressWarnings("unchecked")
    void deveConstruirCadaServicoBootComAReceitaUnica() {
        embarcados.forEach((modulo, servico) -> {
            Map<String, Object> build =
                    (Map<String, Object>) servicos.get(modulo).get("build");
            assertThat(build).as(modulo).containsEntry("context", ".").containsEntry("dockerfile", RECEITA);
            assertThat((Map<String, Object>) build.get("args"))
                    .as(modulo)
                    .containsOnly(Map.entry("MODULO", modulo), Map.entry("PORTA", Integer.toString(servico.porta())));
        });
        Map<String, Object> simulador =
                (Map<String, Object>) servicos.get("bureau-simulator").get("build");
        assertThat(simulador).containsEntry("dockerfile", "bureau-simulator/Dockerfile");
    }

    /**
     * The simulator is no Boot application: it reads BUREAU_BIND and BUREAU_PORT itself (SERVER_PORT means nothing to
     * it) and binds to loopback unless told otherwise, which in a container nobody else can reach.
     */
    @Test
    @SuppressWarnings("unchecked")
    void deveDarAoSimuladorAsVariaveisQueEleLeEEscutarForaDoLoopback() throws IOException {
        Set<String> lidas = new TreeSet<>();
        Matcher m = GETENV.matcher(Files.readString(
                RAIZ.resolve("bureau-simulator/src/main/java/br/com/credito/bureau/SimuladorBureau.java")));
        while (m.find()) {
            lidas.add(m.group(1));
        }
        assertThat(lidas).contains("BUREAU_BIND", "BUREAU_PORT");
        Map<String, Object> ambiente = ambiente("bureau-simulator");
        assertThat(ambiente.keySet()).containsExactlyInAnyOrderElementsOf(lidas);
        assertThat(ambiente).containsEntry("BUREAU_BIND", "0.0.0.0").containsEntry("BUREAU_PORT", "8090");
        assertThat(portasPublicadas("bureau-simulator")).containsExactly(LOOPBACK + "8090:8090");
        assertThat(((Map<String, Object>) servicos.get("bureau-simulator").get("healthcheck")).get("test"))
                .asString()
                .contains(":8090/");
    }

    /**
     * The image's entrypoint is {@code java -Dconfig.file=/opt/elasticmq.conf -jar ...} (softwaremill/elasticmq's
     * server/Dockerfile): a {@code command} only adds program arguments, which the server ignores. The file has to be
     * at that path.
     */
    @Test
    void deveMontarAConfiguracaoDoElasticMqOndeOEntrypointDaImagemALe() {
        Map<String, Object> elasticmq = servicos.get("elasticmq");
        assertThat(elasticmq).doesNotContainKeys("command", "entrypoint");
        assertThat(elasticmq.get("volumes"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("./local-stack/docker/elasticmq.conf:/opt/elasticmq.conf:ro");
    }

    /**
     * The postgres image's entrypoint runs a temporary server on the Unix socket only while it initialises; a check
     * over the socket passes then, and the services start before TCP accepts.
     */
    @Test
    @SuppressWarnings("unchecked")
    void deveVerificarOPostgresPorTcp() {
        String teste = ((Map<String, Object>) servicos.get("postgres").get("healthcheck"))
                .get("test")
                .toString();
        assertThat(teste).contains("pg_isready").containsPattern("-h (127\\.0\\.0\\.1|localhost) ");
    }

    /** Issue 13: a service that fails is restarted, and no JVM grows into the whole Docker VM. */
    @Test
    void deveReiniciarEmFalhaELimitarAMemoriaDeCadaServico() throws IOException {
        long heap = ImagensTest.heapMaximoDaReceita();
        servicos.forEach((nome, servico) -> {
            assertThat(servico).as(nome).containsEntry("restart", "on-failure");
            assertThat(servico).as(nome).containsKey("mem_limit");
        });
        embarcados
                .keySet()
                .forEach(modulo -> assertThat(bytes(servicos.get(modulo).get("mem_limit")))
                        .as(modulo
                                + ": heap of the image plus room for metaspace, code cache, stacks and the AOT cache")
                        .isGreaterThanOrEqualTo(heap + 256L * MIB));
    }

    /** Issue 16: the servers run with development credentials; nothing is published beyond the host. */
    @Test
    void devePublicarTodaPortaSoNoLoopback() {
        servicos.forEach((nome, servico) -> assertThat(portasPublicadas(nome))
                .as(nome)
                .isNotEmpty()
                .allSatisfy(porta -> assertThat(porta).startsWith(LOOPBACK)));
    }

    /** A tag can be moved under us; a digest cannot. The one exception is not an official image (docker/README.md). */
    @Test
    void deveFixarAsImagensDeTerceirosPorDigest() {
        servicos.forEach((nome, servico) -> {
            Object imagem = servico.get("image");
            if (imagem != null && !nome.equals("elasticmq")) {
                assertThat(imagem.toString()).as(nome).matches("[a-z0-9./-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}");
            }
        });
    }

    private static long bytes(Object limite) {
        Matcher m = Pattern.compile("(\\d+)([kmg])").matcher(limite.toString().toLowerCase(java.util.Locale.ROOT));
        assertThat(m.matches()).as("mem_limit %s", limite).isTrue();
        long valor = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "k" -> valor * 1024;
            case "m" -> valor * MIB;
            default -> valor * 1024 * MIB;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> portasPublicadas(String servico) {
        return (List<String>) servicos.get(servico).get("ports");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ambiente(String servico) {
        return (Map<String, Object>) servicos.get(servico).getOrDefault("environment", Map.of());
    }
}
