package br.com.credito.concessao.decisao.adapter.out.investimento;

import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.Proveniencia;
import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.Investimento;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Reads the client's position (one total per type), not the list of investments: the policy weighs only the totals,
 * and the list grows with every purchase, so reading it made every decision and recalculation cost more over time. A
 * client with no investments is an empty position (404 included); an outage is "investimentos indisponiveis".
 */
public class InvestimentosHttpClient extends AdaptadorHttp implements ConsultaInvestimentos {

    public InvestimentosHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    /** One line of the position: a type and its total. */
    record InvestimentoResposta(String tipoInvestimento, BigDecimal valor) {}

    @Override
    public CarteiraInvestimentos consultar(String idCliente) {
        return resiliencia.executarOu(
                () -> ChamadaResiliente.ouSeNaoEncontrado(
                        () -> buscar(idCliente), () -> new CarteiraInvestimentos(List.of(), Fonte.aoVivo())),
                CarteiraInvestimentos::indisponivel);
    }

    private CarteiraInvestimentos buscar(String idCliente) {
        ResponseEntity<InvestimentoResposta[]> resposta = http.get()
                .uri(b -> b.path("/v1/investimentos/posicao")
                        .queryParam("idCliente", idCliente)
                        .build())
                .retrieve()
                .toEntity(InvestimentoResposta[].class);
        List<Investimento> investimentos = Arrays.stream(resposta.getBody())
                .map(i -> new Investimento(i.tipoInvestimento(), i.valor()))
                .toList();
        return new CarteiraInvestimentos(investimentos, Proveniencia.de(resposta.getHeaders()));
    }
}
