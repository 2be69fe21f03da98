package br.com.credito.investimento;

import br.com.credito.investimento.servico.TesteDeServico;
import br.com.credito.testsupport.DocumentacaoOpenApiIT;

@TesteDeServico
class DocumentacaoApiIT extends DocumentacaoOpenApiIT {

    @Override
    protected String servico() {
        return "investimento-service";
    }
}
