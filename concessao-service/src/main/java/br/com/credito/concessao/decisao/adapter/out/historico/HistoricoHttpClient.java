package br.com.credito.concessao.decisao.adapter.out.historico;

import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.Proveniencia;
import br.com.credito.concessao.decisao.domain.Contrato;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * 404 (client unknown to the history provider) means no contracts on record, which is a fact the policy can use; an
 * outage is "historico indisponivel", which it cannot.
 */
public class HistoricoHttpClient extends AdaptadorHttp implements ConsultaHistorico {

    public HistoricoHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    record ContratoResposta(
            String idContrato, String tipoProduto, BigDecimal saldoAberto, Integer diasEmAtraso, Boolean inadimplente) {

        Contrato paraDominio() {
            return new Contrato(
                    idContrato,
                    saldoAberto == null ? BigDecimal.ZERO : saldoAberto,
                    diasEmAtraso == null ? 0 : diasEmAtraso,
                    Boolean.TRUE.equals(inadimplente),
                    tipoProduto);
        }
    }

    @Override
    public HistoricoDeCredito consultar(String idCliente) {
        return resiliencia.executarOu(
                () -> ChamadaResiliente.ouSeNaoEncontrado(
                        () -> buscar(idCliente), () -> new HistoricoDeCredito(List.of(), Fonte.aoVivo())),
                HistoricoDeCredito::indisponivel);
    }

    private HistoricoDeCredito buscar(String idCliente) {
        ResponseEntity<ContratoResposta[]> resposta = http.get()
                .uri("/v1/historico/contratos/{id}", idCliente)
                .retrieve()
                .toEntity(ContratoResposta[].class);
        List<Contrato> contratos = Arrays.stream(resposta.getBody())
                .map(ContratoResposta::paraDominio)
                .toList();
        return new HistoricoDeCredito(contratos, Proveniencia.de(resposta.getHeaders()));
    }
}
