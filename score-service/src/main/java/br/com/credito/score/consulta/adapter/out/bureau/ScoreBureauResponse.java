package br.com.credito.score.consulta.adapter.out.bureau;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The bureau's wire format. Unknown fields are ignored: a field the bureau adds must not become an outage. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ScoreBureauResponse(String cliente, Integer pontuacao, Instant dataConsulta) {}
