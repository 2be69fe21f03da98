package br.com.credito.score;

import br.com.credito.testsupport.DocumentacaoOpenApiIT;

@TesteDeServico
class DocumentacaoApiIT extends DocumentacaoOpenApiIT {

    @Override
    protected String servico() {
        return "score-service";
    }
}
