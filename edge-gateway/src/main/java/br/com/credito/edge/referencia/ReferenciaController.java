package br.com.credito.edge.referencia;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Under /v3/api-docs, which every service (and the edge) serves without a token. */
@RestController
class ReferenciaController {

    private final ReferenciaPublica referencia;

    ReferenciaController(ReferenciaPublica referencia) {
        this.referencia = referencia;
    }

    @GetMapping(value = "/v3/api-docs/publica", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode publica() {
        return referencia.montar();
    }
}
