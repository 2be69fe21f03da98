package br.com.credito.localstack.processo;

import br.com.credito.localstack.Arquivos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Makes the second start of an application much faster. The executable jar is extracted once per content (Boot's
 * {@code -Djarmode=tools extract}: class data sharing cannot use nested jars) and the JVM keeps its class data between
 * runs: the AOT cache on JDK 25+ (JEP 514/515: created at the first stop, about 40 % faster starts measured here),
 * dynamic AppCDS on JDK 21–24. A changed jar gets a new extraction and a new cache.
 */
final class PreparacaoDaJvm {

    private static final String MARCA = ".sha256";

    private PreparacaoDaJvm() {}

    /** The jar to run (extracted) and the JVM options of its class-data cache. */
    record Execucao(Path jar, List<String> opcoes, Path cacheEmTreino) {

        /** A cache being written when its JVM was killed is partial: removed, the next start trains again. */
        void descartarCacheIncompleto() throws IOException {
            if (cacheEmTreino != null) {
                Files.deleteIfExists(cacheEmTreino);
            }
        }
    }

    static Execucao preparar(Path jar, Path pasta, String java) throws IOException, InterruptedException {
        String resumo = sha256(jar);
        Path marca = pasta.resolve(MARCA);
        if (!Files.isRegularFile(marca) || !Files.readString(marca).equals(resumo)) {
            Arquivos.apagar(pasta);
            Files.createDirectories(pasta);
            extrair(jar, pasta, java);
            Files.writeString(marca, resumo, StandardCharsets.UTF_8);
        }
        List<String> opcoes = opcoesDeCache(pasta, Runtime.version().feature());
        Path cache = pasta.resolve("app.aot");
        return new Execucao(
                pasta.resolve(jar.getFileName()),
                opcoes,
                opcoes.contains("-XX:AOTCacheOutput=" + cache) ? cache : null);
    }

    static List<String> opcoesDeCache(Path pasta, int versaoJava) {
        if (versaoJava >= 25) {
            Path cache = pasta.resolve("app.aot");
            // Without the log switch, classes the cache cannot hold are listed as warnings in the service's log.
            return List.of(
                    Files.isRegularFile(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache,
                    "-Xlog:aot*=off,cds*=off");
        }
        return List.of("-XX:SharedArchiveFile=" + pasta.resolve("app.jsa"), "-XX:+AutoCreateSharedArchive");
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

    private static String sha256(Path arquivo) throws IOException {
        try (InputStream entrada = Files.newInputStream(arquivo)) {
            MessageDigest resumo = MessageDigest.getInstance("SHA-256");
            byte[] bloco = new byte[1 << 16];
            for (int lidos = entrada.read(bloco); lidos > 0; lidos = entrada.read(bloco)) {
                resumo.update(bloco, 0, lidos);
            }
            return HexFormat.of().formatHex(resumo.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
