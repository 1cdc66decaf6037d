package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.Roles;
import org.praxis.reciprocation.internal.LedgerService;
import org.praxis.reciprocation.internal.LedgerViews.Contribution;
import org.praxis.reciprocation.internal.LedgerViews.Member;

import java.util.List;

/** The community of practice: the institutions that fulfilled an agreement, and what each gave back. */
@Route("community")
@PageTitle("reciprocation.community.title")
@Menu(title = "reciprocation.menu.community", order = 50, icon = "vaadin:users")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class CommunityView extends Main {

    public CommunityView(LedgerService ledger) {
        addClassName("praxis-view");
        add(new H1(getTranslation("reciprocation.community.title")),
                new Paragraph(getTranslation("reciprocation.community.intro")),
                new Paragraph(new RouterLink(getTranslation("reciprocation.community.see-exchanges"), ExchangesView.class)));
        List<Member> members = ledger.members();
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.community.empty")));
            return;
        }
        add(new Paragraph(getTranslation("reciprocation.community.count", members.size())));
        for (Member member : members) {
            Section section = new Section();
            section.addClassName("praxis-member");
            section.add(new H2(member.organisationName()),
                    new Paragraph(getTranslation("reciprocation.community.joined", ReciprocationLabels.day(member.joinedAt()))));
            if (member.contributions().isEmpty()) {
                section.add(new Paragraph(getTranslation("reciprocation.community.no-contributions")));
            } else {
                UnorderedList list = new UnorderedList();
                list.getElement().setAttribute("aria-label", getTranslation("reciprocation.community.contributions-of", member.organisationName()));
                for (Contribution contribution : member.contributions()) {
                    list.add(new ListItem(getTranslation("reciprocation.community.contribution", contribution.title(),
                            getTranslation("reciprocation.type." + contribution.type().name()),
                            ReciprocationLabels.day(contribution.deliveredAt()),
                            contribution.licence() == null ? "" : getTranslation("platform.licence." + contribution.licence().name()))));
                }
                section.add(list);
            }
            add(section);
        }
    }
}
