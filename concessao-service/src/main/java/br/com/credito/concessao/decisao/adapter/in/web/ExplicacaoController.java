package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.application.ExplicarDecisao;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExplicacaoController {

    private final ExplicarDecisao explicarDecisao;

    ExplicacaoController(ExplicarDecisao explicarDecisao) {
        this.explicarDecisao = explicarDecisao;
    }

    @GetMapping("/v1/cartao/concessoes/{idConcessao}/explicacao")
    ExplicacaoResponse explicacao(@PathVariable UUID idConcessao) {
        return ExplicacaoResponse.de(explicarDecisao.explicar(idConcessao));
    }

    /** 201 with the protocol; asking again for the same decision answers the same protocol. */
    @PostMapping("/v1/cartao/concessoes/{idConcessao}/revisao")
    @ResponseStatus(HttpStatus.CREATED)
    RevisaoResponse revisao(
            @PathVariable UUID idConcessao, @Valid @RequestBody(required = false) RevisaoRequest pedido) {
        String justificativa = pedido == null ? null : pedido.justificativa();
        return RevisaoResponse.de(explicarDecisao.solicitarRevisao(idConcessao, justificativa));
    }
}
