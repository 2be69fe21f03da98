/** Admin API of policy versions (scope regras:admin): list, read in Portuguese, draft, validate, activate, roll back. */
package br.com.credito.regras.politica.adapter.in.web;
