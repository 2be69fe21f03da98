package br.com.credito.localstack.processo;

import br.com.credito.localstack.Arquivos;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes every start after the first much faster, without making any stop slow. The executable jar is extracted once
 * per content (Boot's {@code -Djarmode=tools extract}: class data sharing cannot use nested jars), and a training run
 * of the extracted application (through its warm-up, or to the refreshed context for the auth server, as Spring Boot
 * documents) writes its class data once per jar content, JVM options and Java version: the AOT cache on JDK 25+ (JEP
 * 514/515), a static AppCDS archive on JDK 21–24. The applications then only read it, so they exit as fast as
 * without it (writing the cache at exit cost a minute on the first stop).
 */
final class PreparacaoDaJvm {

    private static final String MARCA = ".sha256";

    private PreparacaoDaJvm() {}

    /** How to run one application: classpath (the launcher's watcher first), main class and class-data cache. */
    record Execucao(List<Path> classpath, String classePrincipal, CacheDeClasses cache) {

        Execucao {
            classpath = List.copyOf(classpath);
        }

        /** The JVM arguments after the options: classpath, the watcher, the application's main class. */
        List<String> argumentos() {
            String caminho = String.join(
                    java.io.File.pathSeparator,
                    classpath.stream().map(Path::toString).toList());
            return List.of("-cp", caminho, VigiaDoLancador.class.getName(), classePrincipal);
        }

        List<String> opcoesDeCache() {
            return cache == null ? List.of() : cache.opcoesDeUso();
        }

        boolean precisaDeTreino() {
            return cache != null && !cache.pronto();
        }
    }

    /** One application's class-data file, trained once and read by every later start. */
    record CacheDeClasses(Path arquivo, int versaoJava) {

        boolean pronto() {
            return Files.isRegularFile(arquivo);
        }

        /** Written by the training run and moved into place only when it succeeds: a killed run leaves no cache. */
        Path emTreino() {
            return arquivo.resolveSibling(arquivo.getFileName() + ".treino");
        }

        List<String> opcoesDeUso() {
            if (!pronto()) {
                return List.of();
            }
            // Without the log switch, classes the cache cannot hold are listed as warnings in the service's log.
            return versaoJava >= 25
                    ? List.of("-XX:AOTCache=" + arquivo, "-Xlog:aot*=off,cds*=off")
                    : List.of("-XX:SharedArchiveFile=" + arquivo, "-Xlog:cds*=off");
        }

        /**
         * @param ateOFimDoAquecimento the run goes through common-lib's warm-up and exits at its end, so the cache also
         *     holds the classes the warm-up loaded (request handling, JSON, JDBC, Redis, the outbound clients) and, on
         *     JDK 25, the method profiles it gathered; otherwise it stops once the context refreshed
         */
        List<String> opcoesDeTreino(boolean ateOFimDoAquecimento) {
            String saida = versaoJava >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
            String log = versaoJava >= 25 ? "-Xlog:aot*=off,cds*=off" : "-Xlog:cds*=off";
            String fim = ateOFimDoAquecimento ? "-Dcredito.aquecimento.treino=true" : "-Dspring.context.exit=onRefresh";
            return List.of(saida + emTreino(), log, fim);
        }
    }

    /**
     * Extracts the jar when its content changed and names its cache after everything the JVM checks it against
     * (classpath, JVM options, Java version), so a change of any of them trains a new one.
     */
    static Execucao preparar(Path jar, Path pasta, Path vigia, String java, List<String> opcoesJvm)
            throws IOException, InterruptedException {
        String resumo = conteudo(jar);
        Path marca = pasta.resolve(MARCA);
        if (!Files.isRegularFile(marca) || !Files.readString(marca).equals(resumo)) {
            Arquivos.apagar(pasta);
            Files.createDirectories(pasta);
            extrair(jar, pasta, java);
            Files.writeString(marca, resumo, StandardCharsets.UTF_8);
        }
        Path extraido = pasta.resolve(jar.getFileName());
        List<Path> classpath = List.of(vigia, extraido);
        int versao = Runtime.version().feature();
        String chave = sha256(String.join(" ", opcoesJvm) + "|" + classpath + "|" + resumo + "|" + Runtime.version())
                .substring(0, 16);
        CacheDeClasses cache =
                new CacheDeClasses(pasta.resolve("app-" + chave + (versao >= 25 ? ".aot" : ".jsa")), versao);
        // What a run killed with its launcher left: the partial cache and the JVM's temporary training configuration.
        Files.deleteIfExists(cache.emTreino());
        Files.deleteIfExists(cache.emTreino().resolveSibling(cache.emTreino().getFileName() + ".config"));
        return new Execucao(classpath, classePrincipal(extraido), cache);
    }

    /** Without extraction or cache (LOCAL_STACK_CACHE_JVM=false): the executable jar as Maven built it. */
    static Execucao semCache(Path jar, Path vigia) throws IOException {
        return new Execucao(List.of(vigia, jar), classePrincipal(jar), null);
    }

    /**
     * Writes the watcher's one class into a jar of its own, once per content: its path and timestamp are part of
     * what the class-data cache is checked against, so an unchanged watcher must keep the same file.
     */
    static Path vigia(Path pastaApps) throws IOException {
        String recurso = VigiaDoLancador.class.getName().replace('.', '/') + ".class";
        byte[] classe;
        try (InputStream entrada = VigiaDoLancador.class.getClassLoader().getResourceAsStream(recurso)) {
            if (entrada == null) {
                throw new IOException("classe " + recurso + " nao encontrada no launcher");
            }
            classe = entrada.readAllBytes();
        }
        Path jar = pastaApps.resolve("vigia-" + sha256(classe).substring(0, 16) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(pastaApps);
        Path temporario = Files.createTempFile(pastaApps, "vigia", ".tmp");
        try (OutputStream arquivo = Files.newOutputStream(temporario);
                JarOutputStream saida = new JarOutputStream(arquivo)) {
            saida.putNextEntry(new JarEntry(recurso));
            saida.write(classe);
            saida.closeEntry();
        }
        Files.move(temporario, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }

    private static String classePrincipal(Path jar) throws IOException {
        try (JarFile arquivo = new JarFile(jar.toFile())) {
            String classe = arquivo.getManifest() == null
                    ? null
                    : arquivo.getManifest().getMainAttributes().getValue("Main-Class");
            if (classe == null) {
                throw new IOException("Main-Class ausente no manifesto de " + jar);
            }
            return classe;
        }
    }

    private static void extrair(Path jar, Path pasta, String java) throws IOException, InterruptedException {
        Process extracao = new ProcessBuilder(
                        java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", pasta.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (extracao.waitFor() != 0) {
            throw new IOException("Nao foi possivel extrair " + jar);
        }
    }

    /**
     * The jar's content as its own central directory states it: every entry's name, method, sizes and CRC-32, in
     * order. A changed entry changes its CRC-32 (and mostly its sizes), and a rebuild of the same sources gives the
     * same directory (the build fixes the entries' timestamps). Reading it takes milliseconds;
     * a SHA-256 of the whole ~500 MB of jars took 3.3 CPU s in the launcher's C1-only JVM (0.5 s with C2, whose
     * SHA intrinsics C1 lacks), on the path of every start.
     */
    static String conteudo(Path jar) throws IOException {
        MessageDigest resumo = digest();
        try (ZipFile arquivo = new ZipFile(jar.toFile())) {
            for (ZipEntry entrada : Collections.list(arquivo.entries())) {
                resumo.update((entrada.getName()
                                + '|'
                                + entrada.getMethod()
                                + '|'
                                + entrada.getSize()
                                + '|'
                                + entrada.getCompressedSize()
                                + '|'
                                + entrada.getCrc()
                                + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(resumo.digest());
    }

    private static String sha256(String texto) {
        return sha256(texto.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] dados) {
        return HexFormat.of().formatHex(digest().digest(dados));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> comando(String java, List<String> opcoesJvm, List<String> extras, Execucao execucao) {
        List<String> comando = new ArrayList<>();
        comando.add(java);
        comando.addAll(opcoesJvm);
        comando.addAll(extras);
        comando.addAll(execucao.argumentos());
        return comando;
    }
}
