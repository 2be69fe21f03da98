package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The image recipes cannot be built here (no base image can be pulled), so what each one must do is read from its
 * text: the JDK the project is tested on, the load profile's JVM flags, an AOT cache trained at build time and used at
 * run time, the simulator's own plain-jar layout. A build in CI with a registry is the check that runs them.
 */
class ImagensTest {

    static final Path RAIZ = DockerComposeTest.RAIZ;
    static final Path RECEITA = RAIZ.resolve(DockerComposeTest.RECEITA);
    static final Path SIMULADOR = RAIZ.resolve("bureau-simulator/Dockerfile");

    /** Flags the images add to the load profile's: a container out of heap exits and is restarted. */
    static final Set<String> SO_NAS_IMAGENS = Set.of("-XX:+ExitOnOutOfMemoryError");

    private static final Pattern BASE = Pattern.compile(
            "ARG IMAGEM_(JDK|JRE)=eclipse-temurin:([0-9][0-9.]*)_[0-9]+-(jdk|jre)-[a-z]+@sha256:[0-9a-f]{64}");
    private static final Pattern OPCOES_JVM = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
    private static final Pattern CACHE_TREINADO = Pattern.compile("-XX:AOTCacheOutput=(\\S+)");
    private static final Pattern CACHE_USADO = Pattern.compile("ENTRYPOINT \\[\"java\", \"-XX:AOTCache=([^\"]+)\"");

    @Test
    void deveRodarOJdk25FixadoPorDigestEmCadaEstagio() throws IOException {
        for (Path receita : List.of(RECEITA, SIMULADOR)) {
            String texto = Files.readString(receita);
            Matcher m = BASE.matcher(texto);
            List<String> bases = new ArrayList<>();
            while (m.find()) {
                assertThat(m.group(2)).as(receita + ": " + m.group()).startsWith("25.");
                bases.add(m.group(1));
            }
            assertThat(bases).as(receita.toString()).containsExactlyInAnyOrder("JDK", "JRE");
            assertThat(linhas(texto, "FROM "))
                    .as(receita.toString())
                    .containsExactly("FROM ${IMAGEM_JDK} AS build", "FROM ${IMAGEM_JRE}");
            // A syntax directive is one more image pulled by tag; BuildKit's built-in frontend has RUN --mount.
            assertThat(linhas(texto, "# syntax=")).as(receita.toString()).isEmpty();
        }
    }

    @Test
    void deveConstruirQualquerServicoBootPorModuloEPorta() throws IOException {
        String receita = Files.readString(RECEITA);
        assertThat(receita)
                .contains("ARG MODULO", "ARG PORTA", "-pl \"${MODULO}\" -am", "SERVER_PORT=${PORTA}", "EXPOSE ${PORTA}")
                .contains("extract --layers --destination")
                .contains("USER 10001:10001", "HEALTHCHECK", "/actuator/health/readiness")
                .doesNotContain("--launcher", "JarLauncher");
        // Only the simulator keeps a recipe of its own.
        try (Stream<Path> modulos = Files.list(RAIZ)) {
            assertThat(modulos.filter(m -> Files.exists(m.resolve("pom.xml")) && Files.exists(m.resolve("Dockerfile")))
                            .map(m -> m.getFileName().toString()))
                    .containsExactly("bureau-simulator");
        }
    }

    /** Issue 14: the figures measured with the local stack's load profile describe the images too. */
    @Test
    void deveUsarNasImagensAsOpcoesJvmDoPerfilDeCarga() throws IOException {
        List<String> carga = Perfil.CARGA.opcoesJvm(nome -> null);
        List<String> imagem = new ArrayList<>(opcoesJvm(Files.readString(RECEITA)));
        assertThat(imagem).containsAll(SO_NAS_IMAGENS);
        imagem.removeAll(SO_NAS_IMAGENS);
        assertThat(imagem).containsExactlyInAnyOrderElementsOf(carga);
    }

    /**
     * The cache is trained at build time with the run-time flags (JAVA_TOOL_OPTIONS is set before the training run),
     * proven loadable, and named the same where it is written and where the JVM reads it.
     */
    @Test
    void deveTreinarOCacheAotNaConstrucaoEUsaloAoIniciar() throws IOException {
        for (Path receita : List.of(RECEITA, SIMULADOR)) {
            String texto = Files.readString(receita);
            Matcher treinado = CACHE_TREINADO.matcher(texto);
            Matcher usado = CACHE_USADO.matcher(texto);
            assertThat(treinado.find()).as(receita + ": training run").isTrue();
            assertThat(usado.find()).as(receita + ": ENTRYPOINT with the cache").isTrue();
            assertThat(treinado.group(1)).isEqualTo(usado.group(1));
            assertThat(texto.indexOf("JAVA_TOOL_OPTIONS=")).isBetween(0, treinado.start());
            assertThat(texto).contains("-XX:AOTMode=on -XX:AOTCache=" + usado.group(1));
        }
        assertThat(Files.readString(RECEITA)).contains("-Dspring.context.exit=onRefresh");
    }

    /**
     * The training run has no database: every module whose context would connect while refreshing (Flyway migrates
     * when its bean is built; Hibernate reads JDBC metadata and validates the schema) must be told not to.
     */
    @Test
    void deveTreinarSemServidoresExternos() throws IOException {
        String receita = Files.readString(RECEITA);
        assertThat(receita).contains("source=docker/treino-aot.properties", "additional-location=file:");
        String treino = Files.readString(RAIZ.resolve("docker/treino-aot.properties"));
        try (Stream<Path> modulos = Files.list(RAIZ)) {
            for (Path modulo :
                    modulos.filter(m -> Files.exists(m.resolve("pom.xml"))).toList()) {
                String pom = Files.readString(modulo.resolve("pom.xml"));
                if (Files.isDirectory(modulo.resolve("src/main/resources/db/migration"))) {
                    assertThat(treino).as(modulo.toString()).contains("spring.flyway.enabled=false");
                }
                if (pom.contains("spring-boot-starter-data-jpa")) {
                    assertThat(treino)
                            .as(modulo.toString())
                            .contains("spring.jpa.hibernate.ddl-auto=none")
                            .contains("hibernate.boot.allow_jdbc_metadata_access=false")
                            .contains("hibernate.dialect=");
                }
            }
        }
    }

    /**
     * Issue 13: the simulator is a plain jar whose manifest points at lib/ (Boot's jarmode cannot open it); its image
     * carries the jar and the dependencies Maven copied, and listens beyond the container's loopback.
     */
    @Test
    void deveEmpacotarOSimuladorComoJarSimplesComSuasDependencias() throws IOException {
        String pom = Files.readString(RAIZ.resolve("bureau-simulator/pom.xml"));
        assertThat(pom).contains("<classpathPrefix>lib/</classpathPrefix>", "<goal>copy-dependencies</goal>");
        assertThat(pom).doesNotContain("spring-boot-maven-plugin");
        String receita = Files.readString(SIMULADOR);
        assertThat(receita)
                .doesNotContain("-Djarmode")
                .contains("cp bureau-simulator/target/lib/*.jar /simulador/lib/")
                .contains("COPY --from=build /simulador/lib/ ./lib/")
                .contains("COPY --from=build /simulador/bureau-simulator.jar ./")
                .contains("\"-jar\", \"bureau-simulator.jar\"")
                .contains("BUREAU_BIND=0.0.0.0", "BUREAU_PORT=8090")
                .contains("USER 10001:10001", "HEALTHCHECK", "/__admin/health");
    }

    /** A Windows checkout must not turn the build's shell scripts into CRLF ("/bin/sh^M: not found"). */
    @Test
    void deveManterLfNosScriptsEmQualquerCheckout() throws IOException {
        List<String[]> regras = Files.readAllLines(RAIZ.resolve(".gitattributes")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+"))
                .filter(r -> Arrays.asList(r).contains("eol=lf"))
                .toList();
        List<Path> scripts = new ArrayList<>();
        try (Stream<Path> arquivos = Files.walk(RAIZ)) {
            for (Path arquivo : arquivos.filter(Files::isRegularFile)
                    .filter(a -> !RAIZ.relativize(a)
                            .toString()
                            .matches("(.*/)?(target|\\.git|\\.local-stack|node_modules)(/.*)?"))
                    .toList()) {
                if (arquivo.getFileName().toString().equals("mvnw") || comecaComShebang(arquivo)) {
                    scripts.add(RAIZ.relativize(arquivo));
                }
            }
        }
        assertThat(scripts).contains(Path.of("mvnw"), Path.of("run-local.sh"));
        assertThat(scripts)
                .allSatisfy(script -> assertThat(regras.stream().anyMatch(r -> casa(r[0], script)))
                        .as("%s is checked out with LF", script)
                        .isTrue());
    }

    /** The maximum heap the Boot images run with, in bytes. */
    static long heapMaximoDaReceita() throws IOException {
        return opcoesJvm(Files.readString(RECEITA)).stream()
                .filter(o -> o.startsWith("-Xmx"))
                .map(o -> Long.parseLong(o.substring(4, o.length() - 1))
                        * switch (o.charAt(o.length() - 1)) {
                            case 'g' -> 1024L * 1024 * 1024;
                            case 'm' -> 1024L * 1024;
                            default -> throw new IllegalStateException(o);
                        })
                .findFirst()
                .orElseThrow();
    }

    private static List<String> opcoesJvm(String receita) {
        Matcher m = OPCOES_JVM.matcher(receita);
        assertThat(m.find()).as("JAVA_TOOL_OPTIONS in the recipe").isTrue();
        return Arrays.asList(m.group(1).strip().split("\\s+"));
    }

    private static List<String> linhas(String texto, String prefixo) {
        return texto.lines().filter(l -> l.startsWith(prefixo)).toList();
    }

    private static boolean comecaComShebang(Path arquivo) throws IOException {
        try (var entrada = Files.newInputStream(arquivo)) {
            byte[] inicio = entrada.readNBytes(2);
            return inicio.length == 2 && inicio[0] == '#' && inicio[1] == '!';
        }
    }

    /** gitattributes: a pattern without a slash matches the name at any depth; with one, the path from the root. */
    private static boolean casa(String padrao, Path caminho) {
        String p = padrao.startsWith("/") ? padrao.substring(1) : padrao;
        if (!p.contains("/")) {
            return FileSystems.getDefault().getPathMatcher("glob:" + p).matches(caminho.getFileName());
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
        return matcher.matches(caminho);
    }
}
