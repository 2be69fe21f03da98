package br.com.credito.regras;

import br.com.credito.testsupport.DocumentacaoOpenApiIT;

@TesteDeServico
class DocumentacaoApiIT extends DocumentacaoOpenApiIT {

    @Override
    protected String servico() {
        return "motor-regras-service";
    }
}
