package br.com.credito.common.web;

/** Input formats shared by every API of the platform, so that all services accept and refuse the same ids. */
public final class Validacoes {

    /** Client ids: letters, digits and hyphens, 1 to 36 characters (internal numbers, UUIDs). */
    public static final String ID_CLIENTE_REGEX = "^[A-Za-z0-9-]{1,36}$";

    public static final String ID_CLIENTE_MENSAGEM = "deve ter de 1 a 36 caracteres: letras, dígitos ou hífen";

    private Validacoes() {}
}
