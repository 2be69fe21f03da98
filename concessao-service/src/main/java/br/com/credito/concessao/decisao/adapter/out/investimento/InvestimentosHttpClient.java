package br.com.credito.concessao.decisao.adapter.out.investimento;

import br.com.credito.concessao.decisao.adapter.out.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.Proveniencia;
import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.Investimento;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** A client with no investments is an empty list (404 included); an outage is "investimentos indisponiveis". */
public class InvestimentosHttpClient implements ConsultaInvestimentos {

    private static final Logger log = LoggerFactory.getLogger(InvestimentosHttpClient.class);

    private final RestClient http;
    private final ChamadaResiliente resiliencia;

    public InvestimentosHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        this.http = http;
        this.resiliencia = resiliencia;
    }

    record InvestimentoResposta(String tipoInvestimento, BigDecimal valor) {}

    @Override
    public CarteiraInvestimentos consultar(String idCliente) {
        try {
            return resiliencia.executar(() -> buscar(idCliente));
        } catch (RuntimeException e) {
            log.warn("investimento-service indisponivel: {}", e.getClass().getSimpleName());
            return CarteiraInvestimentos.indisponivel();
        }
    }

    private CarteiraInvestimentos buscar(String idCliente) {
        try {
            ResponseEntity<InvestimentoResposta[]> resposta = http.get()
                    .uri(b -> b.path("/v1/investimentos")
                            .queryParam("idCliente", idCliente)
                            .build())
                    .retrieve()
                    .toEntity(InvestimentoResposta[].class);
            List<Investimento> investimentos = Arrays.stream(resposta.getBody())
                    .map(i -> new Investimento(i.tipoInvestimento(), i.valor()))
                    .toList();
            return new CarteiraInvestimentos(investimentos, Proveniencia.de(resposta.getHeaders()));
        } catch (HttpClientErrorException.NotFound e) {
            return new CarteiraInvestimentos(List.of(), Fonte.aoVivo());
        }
    }
}
