package io.entente.extract;

import java.util.Set;

/**
 * Recognises people: "[owner] [office] [Name]" ("Russian President Vladimir Putin", "State
 * Duma speaker Vyacheslav Volodin"), "[Name], [owner's] [office]", "Mr [Name]", and later
 * bare surnames of people already met. Registers each person once per article.
 */
final class People {

    /** Forms of address that precede a name in official releases; not part of it. */
    private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile(
            "^(?:(?:His|Her|Their) )?(?:Excellency|Excellencies|Honourable|Honorable|Hon\\.?|Rt\\.? Hon\\.?|H\\. ?E\\.) ");
    static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sheikh", "Sheik", "Prince", "Princess");
    static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "On",
            "In", "At", "For", "And", "But", "Or", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Its",
            "After", "Before", "During", "As", "When", "While", "If", "Since", "Last", "Next", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Council",
            "Assembly", "Ministry", "Office", "Parliament", "House", "Senate", "Staff", "Committee", "Forces",
            "Service", "Agency", "Army", "Navy", "Command", "Department", "General", "Affairs", "Defence",
            "Defense", "State", "Security", "National", "Foreign", "Said", "Says", "Also", "However", "Meanwhile", "Earlier", "Later",
            "Minister", "President", "Secretary", "Chief", "Cabinet", "Government", "Republic", "Union", "United",
            "Nations", "Kingdom", "Party", "Court", "European", "International", "Western", "Eastern", "Northern",
            "Southern", "Central", "New", "Cold", "War", "Peninsula", "Region");

    private static final Set<String> OFFICE_TIMES = Set.of("then", "former", "acting", "outgoing", "incoming", "new", "interim");

    private People() {
    }

    static void find(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        OfficeOwners.noteScene(sm, model);
        java.util.Map<Integer, PhraseTrie.Match<String>> appositions = new java.util.LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            Mention here = sm.at(i);
            if (here != null && here.kind() == Mention.Kind.PERSON) {
                continue;
            }
            PhraseTrie.Match<String> role = Lexicon.get().role(s.tokens(), i);
            if (role != null && (here == null || here.to() <= i)) {
                int end = roleThenName(sm, model, i, role);
                if (end < 0) {
                    appositions.put(i, role); // read once the whole sentence's people are known
                    if (role.values().getFirst().equals("Ambassador")) { // a minister named bare is usually the home state's
                        OfficeOwners.unnamedOffice(sm, model, i, role.values().getFirst());
                    }
                } else {
                    i = end - 1;
                }
            } else if (HONORIFICS.contains(s.token(i).text()) || Names.afterRanks(s, i) > i) {
                int ranked = Names.afterRanks(s, i); // "Brig. Gen. Kwame Mensah", "Lt Gen Maly Socheata"
                int j = ranked > i ? ranked : Names.afterRanks(s, s.lower(i + 1).equals(".") ? i + 2 : i + 1); // after "Sheikh", "Mr."
                int end = Names.nameEnd(sm, j);
                if (end > j && !OfficeOwners.facility(s, j, end)) {
                    Node p = register(model, Bodies.surface(s, j, end), null, null, null, s);
                    sm.put(new Mention(Mention.Kind.PERSON, p.key, i, end, Mention.Use.NAME));
                    i = end - 1;
                }
            }
        }
        appositions.forEach((i, role) -> Appositions.nameThenRole(sm, model, i, role));
        UntitledPeople.find(sm, model);
        shortForms(sm, model);
        Appositions.whoChairs(sm, model);
    }

    /** "[owner] [office] [Name]"; returns the end of the mention or -1. */
    private static int roleThenName(SentenceMentions sm, ArticleModel model, int i, PhraseTrie.Match<String> role) {
        Sentence s = sm.sentence;
        int nameStart = i + role.length();
        PhraseTrie.Match<String> more = Lexicon.get().role(s.tokens(), nameStart);
        if (more != null) {
            nameStart += more.length(); // "army chief General X"
        }
        nameStart = Names.afterRanks(s, nameStart); // "press secretary Maj. Gen. Pat Ryder"
        if (s.lower(nameStart).equals("at") && s.lower(nameStart + 1).equals("the") && s.lower(nameStart + 2).equals("time")
                && s.lower(nameStart + 3).equals(",")) {
            nameStart += 3; // "his Indonesian counterpart at the time, Juwono Sudarsono"
        }
        int posted = nameStart + (s.lower(nameStart + 1).equals("the") ? 2 : 1);
        Mention posting = Set.of("to", "in").contains(s.lower(nameStart)) ? sm.at(posted) : null;
        if (posting != null && posting.from() == posted && (posting.kind() == Mention.Kind.COUNTRY || posting.kind() == Mention.Kind.ORG)
                && (s.lower(posting.to()).equals(",") && end(sm, posting.to() + 1) || Names.nameEnd(sm, posting.to()) - posting.to() >= 2)) {
            nameStart = posting.to(); // "The U.S. ambassador to Malaysia, Edgard Kagan,", "Iran's Ambassador to Russia Kazem Jalali"
        }
        if (s.lower(nameStart).equals(",") && end(sm, nameStart + 1)) { // "Its Secretary-General, Ahmed Aboul Gheit, said"
            // "the Secretary of State, the Honourable Marco Rubio"; "Its emir, Sheikh Tamim bin Hamad Al Thani,"
            nameStart = afterHonorific(sm, Names.afterStyle(s, nameStart + 1));
            PhraseTrie.Match<String> title = Lexicon.get().role(s.tokens(), nameStart);
            if (title != null) {
                nameStart += title.length(); // "Mali's interim president, Colonel Assimi Goita"
            }
        }
        if (s.lower(nameStart).equals("and") && sm.at(nameStart + 1) == null) { // "Minister of Foreign Affairs and Trade, X"
            nameStart = OfficeOwners.afterSecondPortfolio(sm, nameStart);
        }
        Mention body = null;
        Mention of = s.lower(nameStart).equals("of") ? sm.at(s.lower(nameStart + 1).equals("the") ? nameStart + 2 : nameStart + 1) : null;
        Mention named = of == null ? null : sm.at(of.to());
        if (of != null && of.kind() == Mention.Kind.ORG && (Names.nameEnd(sm, of.to()) - of.to() >= 2
                || named != null && named.kind() == Mention.Kind.PERSON && named.from() == of.to())) {
            body = of; // "Chairman of the House of Representatives Igor Sergeenko"
            nameStart = of.to();
        } else if (of != null && of.kind() == Mention.Kind.ORG && s.lower(of.to()).equals(",") && end(sm, of.to() + 1)) {
            body = of; // "The speaker of Georgia's parliament, Shalva Papuashvili, said"
            nameStart = Names.afterStyle(s, of.to() + 1);
        }
        if (body == null && of != null && of.kind() == Mention.Kind.COUNTRY && of.use() != Mention.Use.MODIFIER) {
            int after = s.lower(of.to()).equals(",") ? of.to() + 1 : of.to(); // "the Minister of Defence of Albania, Pirro Vengu"
            if (after > of.to() ? end(sm, after) : Names.nameEnd(sm, after) - after >= 2) {
                body = of;
                nameStart = afterHonorific(sm, Names.afterStyle(s, after)); // "the Defence Minister of Australia, Mr Richard Marles"
            }
        }
        if (s.lower(nameStart).equals("for")) { // "a spokesman for the RDF, Colonel Ronald Rwivanga"
            int b = s.lower(nameStart + 1).equals("the") ? nameStart + 2 : nameStart + 1;
            Mention m = sm.at(b);
            if (m != null && (m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.COUNTRY) && m.from() == b
                    && s.lower(m.to()).equals(",")) {
                body = m;
                nameStart = Names.afterStyle(s, m.to() + 1);
                PhraseTrie.Match<String> title = Lexicon.get().role(s.tokens(), nameStart);
                if (title != null) {
                    nameStart += title.length();
                }
            } else if (m == null) {
                nameStart = OfficeOwners.afterPortfolio(sm, nameStart); // "Minister of State for Defence Affairs, Sheikh Saoud"
            }
        }
        Mention known = sm.at(nameStart);
        if (known == null && KnownPeople.afterGivenName(sm, nameStart) != null) {
            known = sm.at(++nameStart); // "Prime Minister Muhammad Shehbaz Sharif": a given name before a known person
        }
        int end = known != null && known.kind() == Mention.Kind.PERSON && known.from() == nameStart
                ? known.to() : Names.nameEnd(sm, nameStart);
        if (end <= nameStart) {
            return -1;
        }
        if (known == null && (OfficeOwners.facility(s, i, end) || i > 0 && OfficeOwners.VESSELS.contains(s.lower(i - 1)))) {
            return end; // "Prince Sultan Air Base", "the frigate Admiral Gorshkov"
        }
        int before = i;
        while (before > 0 && (OFFICE_TIMES.contains(s.lower(before - 1))
                || s.lower(before - 1).equals("-") && OFFICE_TIMES.contains(s.lower(before - 2)))) {
            before--; // "New Zealand's then defence minister", "then-defence secretary"
        }
        Mention owner = sm.endingAt(before);
        if (owner == null && before > 0 && s.token(before - 1).text().equals("'s")) {
            owner = sm.endingAt(before - 1);
        }
        if (owner == null) {
            owner = OfficeOwners.titleCaseOwner(sm, before); // "Panama's Public Security Minister", "Kenyan Defence Cabinet Secretary"
        }
        int modifiers = before; // start of the lower-case words before the office ("its foreign ministry spokesman")
        for (int gap = 1; owner == null && gap <= 3 && before - gap > 0; gap++) { // "White House national security spokesman"
            Token t = s.token(before - gap);
            String w = t.lower();
            if (w.equals("'s") && gap > 1) { // "Ethiopia's government spokesman"
                Mention m = sm.endingAt(before - gap);
                owner = m != null && m.kind() != Mention.Kind.PERSON ? m : null;
                break;
            }
            if (!t.isWord() || t.capitalised() || Treaties.isFunctionWord(w) || Clauses.PREPOSITIONS.contains(w)
                    || Clauses.SAY_WORDS.contains(w) || w.endsWith("ed") || w.endsWith("ing")) {
                break;
            }
            Mention m = sm.endingAt(before - gap);
            owner = m != null && m.kind() != Mention.Kind.PERSON ? m : null;
            modifiers = before - gap;
        }
        if (owner != null && owner.kind() != Mention.Kind.COUNTRY && owner.kind() != Mention.Kind.ORG) {
            owner = null;
        }
        boolean onBehalf = false;
        if (owner == null && before > 2 && s.lower(before - 1).equals("by")) { // "on behalf of Togo by Defence Minister X"
            Mention side = sm.endingAt(before - 1);
            if (side != null && side.kind() == Mention.Kind.COUNTRY && Set.of("for", "of").contains(s.lower(side.from() - 1))) {
                owner = side;
                onBehalf = true;
            }
        }
        int possessive = owner == null ? modifiers - 1 : owner.from() - 1;
        if ((owner == null || owner.kind() == Mention.Kind.ORG) && possessive >= 0
                && Set.of("its", "their").contains(s.lower(possessive))) {
            Mention actor = Clauses.headActor(sm, possessive); // "Iran, Hezbollah's backer, welcomed what its foreign ministry spokesman X called"
            if (actor == null && possessive == 0 && s.lower(0).equals("its")) {
                actor = OfficeOwners.previousHead(model, possessive); // "The ICC had reminded ... Its spokesman, X, said"
            }
            owner = actor != null && actor.kind() == Mention.Kind.COUNTRY || owner == null ? actor : owner;
        }
        if (body != null) {
            owner = body;
        }
        if (s.lower(i + role.length() - 1).endsWith("s") && s.lower(i + role.length() - 1).endsWith("parts")) {
            owner = null; // "his British and Italian counterparts, X and Y": nationalities do not pair up
        }
        String title = OfficeOwners.counterpartTitle(sm, model, i, role.values().getFirst());
        Node p = known != null && known.kind() == Mention.Kind.PERSON
                ? OfficeOwners.office(model, model.node(known.key()), title, owner, s)
                : register(model, Bodies.surface(s, nameStart, end), title, owner, null, s);
        int from = body != null ? nameStart : owner == null || onBehalf ? i : owner.from();
        sm.put(new Mention(Mention.Kind.PERSON, p.key, from, end, Mention.Use.NAME));
        if (s.lower(i + role.length() - 1).endsWith("s")) {
            end = OfficeOwners.coordinated(sm, model, end, title, s); // "Foreign Ministers X and Y"
        }
        return end;
    }

    /** The token after an honorific ("Mr", "Sheikh") at {@code k} that is no name's part, else {@code k}. */
    private static int afterHonorific(SentenceMentions sm, int k) {
        return k < sm.sentence.size() && HONORIFICS.contains(sm.sentence.token(k).text()) && sm.at(k) == null ? k + 1 : k;
    }

    /** Whether a name run starting at {@code j} (after an optional title) ends the apposition. */
    private static boolean end(SentenceMentions sm, int j) {
        PhraseTrie.Match<String> title = Lexicon.get().role(sm.sentence.tokens(), j);
        int start = afterHonorific(sm, Names.afterStyle(sm.sentence, title == null ? j : j + title.length()));
        Mention known = sm.at(start);
        int e = known != null && known.kind() == Mention.Kind.PERSON && known.from() == start ? known.to() : Names.nameEnd(sm, start);
        if (e <= start || e - start < 2 && known == null) {
            return false;
        }
        String after = sm.sentence.lower(e);
        return after.equals(",") || after.equals(".") || after.equals("and") || after.isEmpty() || after.equals("said");
    }

    /** Later mentions by surname ("Putin said") or full name of people already met. */
    private static void shortForms(SentenceMentions sm, ArticleModel model) {
        Sentence s = sm.sentence;
        for (int i = 0; i < s.size(); i++) {
            if (!sm.free(i, i + 1) || !s.token(i).capitalised()) {
                continue;
            }
            for (int len = Math.min(3, s.size() - i); len >= 1; len--) {
                if (!sm.free(i, i + len)) {
                    continue;
                }
                String key = model.personByShortForm(Bodies.surface(s, i, i + len));
                if (key != null) {
                    model.node(key).alias(Bodies.surface(s, i, i + len));
                    sm.put(new Mention(Mention.Kind.PERSON, key, i, i + len, Mention.Use.NAME));
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /** Finds or creates the person and records office, country and organisation the text gives. */
    static Node register(ArticleModel model, String styled, String role, Mention owner, String ignored, Sentence s) {
        String name = STYLE.matcher(styled).replaceFirst(""); // "His Excellency Tene Birahima Ouattara"
        String key = KnownPeople.known(name, model);
        if (key != null) {
            KnownPeople.register(model, key);
        } else {
            key = model.personByShortForm(name);
            if (key == null) {
                String[] parts = name.split("\\s+");
                key = parts.length > 1 ? model.personByShortForm(parts[parts.length - 1]) : null;
                Node same = key == null ? null : model.node(key);
                if (same != null && same.name.split("\\s+").length > 1 && !ArticleModel.nameKey(same.name).equals(ArticleModel.nameKey(name))) {
                    key = null; // another person sharing a surname
                }
            }
        }
        Node p;
        if (key == null) {
            p = model.person(ArticleModel.slug(name), name);
            KnownPeople.shortFormsOf(model, p, name);
        } else {
            p = model.node(key);
            if (name.split("\\s+").length > p.name.split("\\s+").length) {
                p.alias(p.name);
                p.name = name; // prefer the fullest form seen
                p.aliases.remove(name);
            } else {
                p.alias(name);
            }
            KnownPeople.shortFormsOf(model, p, name);
        }
        return OfficeOwners.office(model, p, role, owner, s);
    }
}
