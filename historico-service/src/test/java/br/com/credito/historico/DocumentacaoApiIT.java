package br.com.credito.historico;

import br.com.credito.testsupport.DocumentacaoOpenApiIT;

@TesteDeServico
class DocumentacaoApiIT extends DocumentacaoOpenApiIT {

    @Override
    protected String servico() {
        return "historico-service";
    }
}
