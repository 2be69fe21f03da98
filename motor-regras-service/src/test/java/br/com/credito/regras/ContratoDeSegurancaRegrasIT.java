package br.com.credito.regras;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.ContratoDeSegurancaIT;

@TesteDeServico
class ContratoDeSegurancaRegrasIT extends ContratoDeSegurancaIT {

    @Override
    protected RequisicaoProtegida leituraProtegida() {
        return new RequisicaoProtegida("GET", "/v1/regras/politicas/ativa", null, Escopos.REGRAS_ADMIN);
    }

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida("POST", "/v1/regras/avaliar", CorposDeTeste.SEED, Escopos.REGRAS_AVALIAR);
    }
}
