package br.com.credito.historico.contratos.adapter.in.web;

import br.com.credito.common.cache.Leitura;
import br.com.credito.common.web.Validacoes;
import br.com.credito.historico.contratos.application.ConsultarHistorico;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HistoricoController {

    private final ConsultarHistorico consultarHistorico;

    HistoricoController(ConsultarHistorico consultarHistorico) {
        this.consultarHistorico = consultarHistorico;
    }

    /** Provenance goes in headers only: the body is the seed's bare array. */
    @GetMapping("/v1/historico/contratos/{idCliente}")
    ResponseEntity<List<ContratoResponse>> contratos(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente) {
        Leitura<HistoricoDeCredito> leitura = consultarHistorico.executar(idCliente);
        List<ContratoResponse> contratos =
                leitura.valor().contratos().stream().map(ContratoResponse::de).toList();
        return ResponseEntity.ok().headers(leitura.cabecalhos()).body(contratos);
    }
}
