package br.com.credito.concessao.decisao.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class ProvenienciaTest {

    @Test
    void deveLerCacheComIdade() {
        assertThat(Proveniencia.de(cabecalhos("CACHE", "120"))).isEqualTo(new Fonte(OrigemDado.CACHE, 120L));
        assertThat(Proveniencia.de(cabecalhos("CACHE_EXPIRADO", "7200")))
                .isEqualTo(new Fonte(OrigemDado.CACHE_EXPIRADO, 7200L));
    }

    @Test
    void deveTratarBureauOuAusenciaDeCabecalhoComoAoVivo() {
        assertThat(Proveniencia.de(cabecalhos("BUREAU", "0"))).isEqualTo(Fonte.aoVivo());
        assertThat(Proveniencia.de(new HttpHeaders())).isEqualTo(Fonte.aoVivo());
    }

    @Test
    void deveDeixarIdadeDesconhecidaQuandoOCacheNaoInformaOuInformaLixo() {
        assertThat(Proveniencia.de(cabecalhos("CACHE", null)).idadeSegundos()).isNull();
        assertThat(Proveniencia.de(cabecalhos("CACHE", "ontem")).idadeSegundos())
                .isNull();
    }

    private static HttpHeaders cabecalhos(String fonte, String age) {
        HttpHeaders cabecalhos = new HttpHeaders();
        cabecalhos.add(Proveniencia.CABECALHO_FONTE, fonte);
        if (age != null) {
            cabecalhos.add(HttpHeaders.AGE, age);
        }
        return cabecalhos;
    }
}
