package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors of a policy document; each check answers whether the value can be used further. */
final class ErrosDeValidacao {

    private final List<ErroValidacao> erros = new ArrayList<>();

    void adicionar(String campo, String mensagem) {
        erros.add(new ErroValidacao("parametros." + campo, mensagem));
    }

    boolean presente(String campo, Object valor) {
        if (valor == null) {
            adicionar(campo, "é obrigatório");
        }
        return valor != null;
    }

    boolean entre(String campo, Integer valor, int minimo, int maximo) {
        if (!presente(campo, valor)) {
            return false;
        }
        boolean ok = valor >= minimo && valor <= maximo;
        if (!ok) {
            adicionar(campo, "deve estar entre " + minimo + " e " + maximo);
        }
        return ok;
    }

    boolean naoNegativo(String campo, BigDecimal valor) {
        if (!presente(campo, valor)) {
            return false;
        }
        if (valor.signum() < 0) {
            adicionar(campo, "não pode ser negativo");
        }
        return valor.signum() >= 0;
    }

    boolean fracao(String campo, BigDecimal valor) {
        if (!naoNegativo(campo, valor)) {
            return false;
        }
        boolean ok = valor.compareTo(BigDecimal.ONE) <= 0;
        if (!ok) {
            adicionar(campo, "deve estar entre 0 e 1");
        }
        return ok;
    }

    List<ErroValidacao> lista() {
        return List.copyOf(erros);
    }
}
