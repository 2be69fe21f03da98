package br.com.credito.historico.contratos.adapter.in.web;

import br.com.credito.common.cache.Leitura;
import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.common.web.IdCliente;
import br.com.credito.historico.contratos.application.ConsultarHistorico;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Histórico de crédito", description = "Contratos de crédito ativos do cliente")
class HistoricoController {

    private final ConsultarHistorico consultarHistorico;

    HistoricoController(ConsultarHistorico consultarHistorico) {
        this.consultarHistorico = consultarHistorico;
    }

    /** Provenance goes in headers only: the body is the seed's bare array. */
    @Operation(
            summary = "Listar os contratos de crédito ativos do cliente",
            description = "Contratos ativos (produto, valor contratado, saldo em aberto, atraso, inadimplência); lista"
                    + " vazia para quem não tem contratos. Os cabeçalhos X-Fonte-Dados e Age dizem de onde veio o"
                    + " dado. Escopo: historico:ler.")
    @ErroDocumentado(status = 404, codigos = "CLIENTE_NAO_ENCONTRADO", descricao = "Cliente desconhecido do provedor.")
    @ErroDocumentado(
            status = 503,
            codigos = "HISTORICO_INDISPONIVEL",
            descricao = "Provedor fora do ar e nenhuma cópia guardada; tente de novo.")
    @GetMapping("/v1/historico/contratos/{idCliente}")
    ResponseEntity<List<ContratoResponse>> contratos(@PathVariable @IdCliente String idCliente) {
        Leitura<HistoricoDeCredito> leitura = consultarHistorico.executar(idCliente);
        List<ContratoResponse> contratos =
                leitura.valor().contratos().stream().map(ContratoResponse::de).toList();
        return ResponseEntity.ok().headers(leitura.cabecalhos()).body(contratos);
    }
}
