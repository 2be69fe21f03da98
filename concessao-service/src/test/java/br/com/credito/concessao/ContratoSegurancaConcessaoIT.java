package br.com.credito.concessao;

import br.com.credito.common.security.Escopos;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeIntegracao
class ContratoSegurancaConcessaoIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida leituraProtegida() {
        return new RequisicaoProtegida("GET", "/v1/cartao/status/12345", null, Escopos.CARTAO_LER);
    }

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida(
                "POST",
                "/v1/cartao/concessao",
                "{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}",
                Escopos.CARTAO_CONCEDER);
    }
}
