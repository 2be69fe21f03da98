package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors of a policy document; each check answers whether the value can be used further. */
final class ErrosDeValidacao {

    /** The largest amount a policy document may hold (five times the largest card limit of the default policy). */
    static final BigDecimal VALOR_MAXIMO = new BigDecimal("1000000");

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

    /**
     * Every amount of a policy passes here, so every amount is bounded (issue 16): a document with a limit of
     * R$ 10^12 or fractions of a centavo is refused, whoever wrote it.
     */
    boolean naoNegativo(String campo, BigDecimal valor) {
        if (!presente(campo, valor)) {
            return false;
        }
        if (valor.signum() < 0) {
            adicionar(campo, "não pode ser negativo");
            return false;
        }
        if (valor.compareTo(VALOR_MAXIMO) > 0) {
            adicionar(campo, "não pode passar de R$ 1.000.000");
            return false;
        }
        if (valor.stripTrailingZeros().scale() > 2) {
            adicionar(campo, "deve ter no máximo 2 casas decimais");
            return false;
        }
        return true;
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
