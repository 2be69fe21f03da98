package br.com.credito.concessao.decisao.adapter.out.regras;

import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Motivo;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * 5xx, timeouts, an open circuit or a full bulkhead → {@link MotorDeRegrasIndisponivelException} (503 to the
 * caller). A 4xx is a contract bug on our side, not an outage: it surfaces as an unexpected error.
 */
public class MotorDeRegrasHttpClient extends AdaptadorHttp implements MotorDeRegras {

    public MotorDeRegrasHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    record MotivoWire(String codigo, String descricao) {}

    record AvaliacaoResponse(
            String codigoDecisao,
            String descricao,
            BigDecimal limiteAprovado,
            List<MotivoWire> motivos,
            Integer versaoPolitica) {

        ResultadoPolitica paraDominio() {
            List<Motivo> lista = motivos == null
                    ? List.of()
                    : motivos.stream()
                            .map(m -> new Motivo(m.codigo(), m.descricao()))
                            .toList();
            return new ResultadoPolitica(
                    CodigoDecisao.valueOf(codigoDecisao), descricao, limiteAprovado, lista, versaoPolitica);
        }
    }

    @Override
    public ResultadoPolitica avaliar(EntradasDaDecisao entradas) {
        AvaliacaoRequest corpo = AvaliacaoRequest.de(entradas);
        try {
            return resiliencia
                    .executar(() -> http.post()
                            .uri("/v1/regras/avaliar")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(corpo)
                            .retrieve()
                            .body(AvaliacaoResponse.class))
                    .paraDominio();
        } catch (HttpClientErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MotorDeRegrasIndisponivelException(e);
        }
    }
}
