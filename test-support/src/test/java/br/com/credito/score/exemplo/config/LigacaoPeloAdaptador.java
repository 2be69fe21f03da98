package br.com.credito.score.exemplo.config;

import br.com.credito.score.exemplo.adapter.out.bureau.BureauHttpClient;
import br.com.credito.score.exemplo.domain.port.ConsultaPontuacao;
import org.springframework.context.annotation.Bean;

/** Fixture: one bean declared by its adapter type (refused), one by its port (accepted). */
class LigacaoPeloAdaptador {

    @Bean
    BureauHttpClient peloAdaptador() {
        return new BureauHttpClient();
    }

    @Bean
    ConsultaPontuacao pelaPorta() {
        return new BureauHttpClient();
    }
}
