package br.com.credito.investimento.investimento.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A registration request that passed the domain rules. The amount is kept with scale 2 so that 100, 100.0 and 100.00
 * are the same investment (and the same request for idempotency).
 */
public record NovoInvestimento(String idCliente, TipoInvestimento tipoInvestimento, BigDecimal valor) {

    /** Above this a registration is a typo or an abuse, not an investment made through a channel. */
    public static final BigDecimal VALOR_MAXIMO = new BigDecimal("100000000.00");

    public static final int CASAS_DECIMAIS = 2;

    public NovoInvestimento {
        if (idCliente == null || idCliente.isBlank()) {
            throw new InvestimentoInvalidoException("idCliente", "idCliente e obrigatorio");
        }
        if (tipoInvestimento == null) {
            throw new InvestimentoInvalidoException("tipoInvestimento", "tipoInvestimento e obrigatorio");
        }
        valor = validarValor(valor);
    }

    private static BigDecimal validarValor(BigDecimal valor) {
        if (valor == null || valor.signum() <= 0) {
            throw new InvestimentoInvalidoException("valor", "valor deve ser maior que zero");
        }
        if (valor.stripTrailingZeros().scale() > CASAS_DECIMAIS) {
            throw new InvestimentoInvalidoException("valor", "valor deve ter no maximo 2 casas decimais");
        }
        if (valor.compareTo(VALOR_MAXIMO) > 0) {
            throw new InvestimentoInvalidoException("valor", "valor acima do maximo permitido");
        }
        return valor.setScale(CASAS_DECIMAIS, RoundingMode.UNNECESSARY);
    }

    /**
     * SHA-256 of the request's meaning (not of its bytes): a retry that reorders fields or writes 100.0 for 100.00 is
     * still the same request.
     */
    public String impressaoDigital() {
        String canonico = idCliente + '\n' + tipoInvestimento.name() + '\n' + valor.toPlainString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonico.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 e obrigatorio em toda JVM", e);
        }
    }
}
