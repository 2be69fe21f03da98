package br.com.credito.localstack.processo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparacaoDaJvmTest {

    @TempDir
    Path pasta;

    @Test
    void deveTreinarOCacheAotNoPrimeiroInicioEUsaloNosSeguintesNoJdk25() throws IOException {
        assertThat(PreparacaoDaJvm.opcoesDeCache(pasta, 25)).contains("-XX:AOTCacheOutput=" + pasta.resolve("app.aot"));

        Files.writeString(pasta.resolve("app.aot"), "cache");

        assertThat(PreparacaoDaJvm.opcoesDeCache(pasta, 25))
                .contains("-XX:AOTCache=" + pasta.resolve("app.aot"))
                .noneMatch(opcao -> opcao.startsWith("-XX:AOTCacheOutput"));
    }

    @Test
    void deveUsarAppCdsDinamicoAntesDoJdk25() {
        assertThat(PreparacaoDaJvm.opcoesDeCache(pasta, 21))
                .containsExactly("-XX:SharedArchiveFile=" + pasta.resolve("app.jsa"), "-XX:+AutoCreateSharedArchive");
    }
}
