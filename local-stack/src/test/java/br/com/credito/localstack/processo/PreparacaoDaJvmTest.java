package br.com.credito.localstack.processo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparacaoDaJvmTest {

    @TempDir
    Path pasta;

    @Test
    void noJdk25OTreinoGravaOCacheAotEAAplicacaoSoOLe() throws IOException {
        PreparacaoDaJvm.CacheDeClasses cache = new PreparacaoDaJvm.CacheDeClasses(pasta.resolve("app-x.aot"), 25);

        assertThat(cache.opcoesDeTreino(true))
                .as("um servico com aquecimento treina ate o fim dele")
                .contains(
                        "-XX:AOTCacheOutput=" + pasta.resolve("app-x.aot.treino"), "-Dcredito.aquecimento.treino=true")
                .doesNotContain("-Dspring.context.exit=onRefresh");
        assertThat(cache.opcoesDeTreino(false))
                .as("sem aquecimento (o auth server), ate o contexto pronto")
                .contains("-XX:AOTCacheOutput=" + pasta.resolve("app-x.aot.treino"), "-Dspring.context.exit=onRefresh")
                .doesNotContain("-Dcredito.aquecimento.treino=true");
        assertThat(cache.opcoesDeUso())
                .as("sem cache treinado, nada: a parada nunca grava")
                .isEmpty();

        Files.writeString(cache.arquivo(), "cache");

        assertThat(cache.opcoesDeUso())
                .contains("-XX:AOTCache=" + cache.arquivo())
                .noneMatch(opcao -> opcao.startsWith("-XX:AOTCacheOutput") || opcao.contains("AtExit"));
    }

    @Test
    void antesDoJdk25OTreinoGravaUmArquivoAppCdsEstatico() throws IOException {
        PreparacaoDaJvm.CacheDeClasses cache = new PreparacaoDaJvm.CacheDeClasses(pasta.resolve("app-x.jsa"), 21);

        assertThat(cache.opcoesDeTreino(false))
                .contains("-XX:ArchiveClassesAtExit=" + pasta.resolve("app-x.jsa.treino"))
                .noneMatch(opcao -> opcao.contains("AOT"));

        Files.writeString(cache.arquivo(), "cache");

        assertThat(cache.opcoesDeUso())
                .contains("-XX:SharedArchiveFile=" + cache.arquivo())
                .noneMatch(opcao -> opcao.contains("AutoCreate") || opcao.contains("AOT"));
    }

    @Test
    void oConteudoDoJarMudaComOBytesDeUmaEntradaENaoComOArquivoReescrito() throws IOException, InterruptedException {
        Path original = jar("original.jar", "BOOT-INF/classes/Politica.class", "limite=1000");
        Thread.sleep(10);
        Path reconstruido = jar("reconstruido.jar", "BOOT-INF/classes/Politica.class", "limite=1000");
        Path alterado = jar("alterado.jar", "BOOT-INF/classes/Politica.class", "limite=9000");

        assertThat(PreparacaoDaJvm.conteudo(reconstruido))
                .as("o mesmo conteudo escrito de novo (o build reescreve o jar): a extracao e o cache continuam")
                .isEqualTo(PreparacaoDaJvm.conteudo(original));
        assertThat(PreparacaoDaJvm.conteudo(alterado))
                .as("uma entrada com outros bytes do mesmo tamanho: extrai de novo")
                .isNotEqualTo(PreparacaoDaJvm.conteudo(original));
    }

    /** A jar with one entry, its timestamp fixed as the build fixes it. */
    private Path jar(String nome, String entrada, String texto) throws IOException {
        Path jar = pasta.resolve(nome);
        try (JarOutputStream saida = new JarOutputStream(Files.newOutputStream(jar))) {
            JarEntry item = new JarEntry(entrada);
            item.setTime(0);
            saida.putNextEntry(item);
            saida.write(texto.getBytes(StandardCharsets.UTF_8));
            saida.closeEntry();
        }
        return jar;
    }

    @Test
    void oVigiaFicaNumJarProprioQueNaoEReescrito() throws IOException {
        Path vigia = PreparacaoDaJvm.vigia(pasta);
        long escritoEm = Files.getLastModifiedTime(vigia).toMillis();

        assertThat(PreparacaoDaJvm.vigia(pasta)).isEqualTo(vigia);
        assertThat(Files.getLastModifiedTime(vigia).toMillis()).isEqualTo(escritoEm);
        try (JarFile jar = new JarFile(vigia.toFile())) {
            assertThat(jar.getEntry(VigiaDoLancador.class.getName().replace('.', '/') + ".class"))
                    .isNotNull();
        }
    }
}
