package dev.glyphic.application.auth;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.auth.ShowMe;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.shared.DomainException;

public final class ShowMeService implements ShowMe {
    private final Transactions transactions;
    private final UserRepository users;

    public ShowMeService(Transactions transactions, UserRepository users) {
        this.transactions = transactions;
        this.users = users;
    }

    @Override
    public User me(Caller caller) {
        if (!(caller instanceof Caller.Person person)) {
            throw new DomainException.Forbidden("an API key is not a person; use the organization's endpoints");
        }
        return transactions.global(() -> users.find(person.userId()))
                .orElseThrow(() -> new DomainException.NotFound("user"));
    }
}
