package br.com.credito.concessao.decisao.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A channel's request for a card. */
public record SolicitacaoConcessao(String idCliente, TipoCartao tipoCartao) {

    public SolicitacaoConcessao {
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(tipoCartao, "tipoCartao");
    }

    /** SHA-256 of the request's meaning (not its bytes): the same fields in another JSON layout are the same body. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((idCliente + "|" + tipoCartao.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ausente na JVM", e);
        }
    }
}
