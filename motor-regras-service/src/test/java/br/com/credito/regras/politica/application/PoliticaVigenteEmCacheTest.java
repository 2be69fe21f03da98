package br.com.credito.regras.politica.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.regras.avaliacao.domain.PoliticaIndisponivelException;
import br.com.credito.regras.avaliacao.domain.PoliticasDeTeste;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoliticaVigenteEmCacheTest {

    private final RepositorioPoliticasEmMemoria repositorio = new RepositorioPoliticasEmMemoria();
    private final PoliticaVigenteEmCache cache = new PoliticaVigenteEmCache(repositorio);

    @Test
    void deveCarregarAVersaoAtivaNoPrimeiroUsoESoRecarregarQuandoElaMuda() {
        ativar(criar());
        assertThat(cache.vigente().versao()).isEqualTo(1);
        int consultas = repositorio.consultasDeDocumento;

        cache.atualizar();
        assertThat(repositorio.consultasDeDocumento).isEqualTo(consultas);

        var v2 = criar();
        repositorio.gravarStatus(repositorio.buscar(1).orElseThrow().desativada());
        ativar(v2);
        cache.atualizar();
        assertThat(cache.vigente().versao()).isEqualTo(2);
    }

    @Test
    void deveManterAUltimaVersaoQuandoOBancoFalha() {
        ativar(criar());
        cache.atualizar();
        repositorio.fora = true;

        cache.atualizarPeriodicamente();

        assertThat(cache.vigente().versao()).isEqualTo(1);
    }

    @Test
    void semVersaoCarregadaDeveResponderPoliticaIndisponivel() {
        repositorio.fora = true;
        cache.atualizarPeriodicamente();
        repositorio.fora = false;

        assertThatThrownBy(cache::vigente).isInstanceOf(PoliticaIndisponivelException.class);
    }

    private int criar() {
        return repositorio
                .criarRascunho("teste", PoliticasDeTeste.padrao(), Instant.EPOCH)
                .versao();
    }

    private void ativar(int versao) {
        repositorio.gravarStatus(repositorio.buscar(versao).orElseThrow().ativada(Instant.EPOCH, Optional.empty()));
    }
}
