package br.com.credito.historico.contratos.adapter.out.bureau;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The history bureau's wire format. Unknown fields are ignored: a new bureau field must not become an outage. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoricoBureauResponse(String cliente, Instant dataConsulta, List<ContratoBureau> contratos) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContratoBureau(
            String numeroContrato,
            String modalidade,
            BigDecimal valorContratado,
            BigDecimal saldoDevedor,
            Integer diasAtraso,
            Boolean emInadimplencia) {}
}
