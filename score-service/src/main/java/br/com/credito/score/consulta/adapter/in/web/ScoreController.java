package br.com.credito.score.consulta.adapter.in.web;

import br.com.credito.common.cache.Leitura;
import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.common.web.IdCliente;
import br.com.credito.score.consulta.application.ConsultarScore;
import br.com.credito.score.consulta.domain.ScoreCliente;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Score", description = "Score de crédito do cliente no bureau")
class ScoreController {

    private final ConsultarScore consultarScore;

    ScoreController(ConsultarScore consultarScore) {
        this.consultarScore = consultarScore;
    }

    /** The id is checked here, before any cache or bureau call: a bad one is a 400, never a provider error. */
    @Operation(
            summary = "Consultar o score do cliente",
            description = "Score atual no bureau (0 a 1000). Os cabeçalhos X-Fonte-Dados (BUREAU, CACHE,"
                    + " CACHE_EXPIRADO) e Age dizem de onde veio o dado e sua idade. Escopo: score:ler.")
    @ErroDocumentado(status = 404, codigos = "CLIENTE_NAO_ENCONTRADO", descricao = "Cliente desconhecido do bureau.")
    @ErroDocumentado(
            status = 503,
            codigos = "SCORE_INDISPONIVEL",
            descricao = "Bureau fora do ar e nenhuma cópia guardada; tente de novo.")
    @GetMapping("/v1/score/{idCliente}")
    ResponseEntity<ScoreResponse> consultar(@PathVariable @IdCliente String idCliente) {
        Leitura<ScoreCliente> leitura = consultarScore.executar(idCliente);
        return ResponseEntity.ok().headers(leitura.cabecalhos()).body(ScoreResponse.de(leitura));
    }
}
