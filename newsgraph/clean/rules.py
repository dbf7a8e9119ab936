"""Line rules of the copy desk's first pass: what a scraped line is.

Each rule is a named regular expression over one stripped line. They are hand-written because
no maintained library classifies the lines of already-extracted plain text: trafilatura and
justext work on HTML trees, and a scraped plain-text page has lost that tree.

A rule that could also match a sentence of the article is guarded by a length limit, so a
body paragraph that merely mentions "newsletter" or "cookies" is never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities.organizations import credit_forms
from .published import is_date_line

# Wire agencies and their usual spellings -> the short name used in ``credits`` (the one
# organizations table, newsgraph/entities/data/organizations.tsv).
AGENCIES: dict[str, str] = credit_forms()

_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
_AGENCY = rf"(?:{_AGENCY_ALT})"
_DASH = r"[-–—―]"


def agency(name: str) -> str | None:
    """The short name of a wire agency, or None when ``name`` is not one."""
    return AGENCIES.get(re.sub(r"\s+", " ", name.strip().strip(".").lower()))


# A line that is nothing but credits: "-AP/BBC", "(Reuters)", "— AFP", "AP/BBC",
# "With AFP", "Reuters contributed to this report".
CREDIT_ONLY = re.compile(
    rf"^(?:{_DASH}+\s*|with\s+|sources?:\s*|via\s+)?\(?\s*({_AGENCY}(?:\s*(?:/|,|and|&)\s*{_AGENCY})*)"
    rf"\s*\)?\.?\s*(?:{_DASH}+)?$", re.I)

# A sign-off a page glued onto the story's last paragraph: "... to the Somali government.
# Enditem", "... the ministry said. (AFP)", "... on Friday. -AP/BBC"
GLUED_SIGN_OFF = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:end\s*item|\(\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*\s*\)"
    rf"|{_DASH}{{1,2}}\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*)\.?$", re.I)

# "By Jane Doe, Associated Press" / "By Jane Doe and John Roe | Reuters" / "By JANE DOE"
BYLINE = re.compile(
    r"^by\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*?)"
    rf"(?:\s*(?:,|\||{_DASH}|for)\s*(?P<agency>[A-Z][\w .&'-]{{1,40}}))?\s*$", re.I)

# "Reporting by Jane Doe; Editing by John Roe" (Reuters' tail), "Additional reporting by ..."
REPORTING_BY = re.compile(r"^(?:[-–—]+\s*)?\(?(?:with\s+)?"
                          # "This article contains reporting from Agence France-Presse."
                          r"(?:this\s+(?:article|story|report)\s+(?:contains|includes|uses)\s+)?"
                          r"(?:additional\s+)?"
                          r"(?:reporting|writing|editing|inputs?|files|information)\s+(?:by|from)\s+"
                          r".{3,200}$",
                          re.I)  # (The Canadian Press: "— With files from The Associated Press")

# Credits to no one in particular: "-Agencies", "(With inputs from agencies)", "Source:
# Agencies", "With agency inputs", "Agencies and staff".
GENERIC_CREDIT = re.compile(
    rf"^(?:{_DASH}+\s*|\(\s*|source:\s*|via\s+)*+(?:with\s+)?(?:(?:additional\s+)?inputs?\s+"
    r"from\s+)?(?:news\s+|wire\s+)?(?:agenc(?:y|ies)(?:\s+inputs?)?|wires|wire services)"
    r"(?:\s+and\s+staff)?\s*\)?\.?$", re.I)
# A byline that names a desk or a role, not a person: "By Staff Reporter", "By Web Desk".
GENERIC_BYLINE = re.compile(
    r"^(?:(?:our|a|the)\s+)?(?:(?:staff|special|senior|chief|web|news|online|city|political|"
    r"foreign|sports?|business|digital|editorial)\s+)*(?:reporter|writer|correspondent|desk|"
    r"bureau|team|editor|board|staff)s?$"
    # "By Cnews Reporter", "By Xinhua Correspondent": a site's name before a desk word
    r"|^(?:our\s+)?[\w.'’-]+\s+(?:reporter|correspondent|desk|bureau|team|staff)s?$", re.I)
GENERIC_NAMES = frozenset({"agencies", "agency", "news agencies", "wire services", "wires",
                           "staff", "agencies and staff", "agency inputs"})

# "Reuters contributed to this report.", "The Associated Press contributed reporting."
# "Coto reported from San Juan, Puerto Rico.", "Roe and Doe reported from Kyiv." -> "names"
REPORTED_FROM = re.compile(rf"^(?i:(?:(?:the\s+)?{_AGENCY}\s+)?(?:writers?|reporters?|"
                           r"correspondents?)\s+)?"
                           r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
                           r"(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})*)"
                           r"\s+reported\s+from\s+[A-Z][\w .,'’-]{1,60}\.?$")
CONTRIBUTED = re.compile(rf"^{_AGENCY}\s+contributed\s+(?:to\s+)?(?:this\s+)?report(?:ing)?\.?$",
                         re.I)

# where a contributor was: "in Washington", "in Kigali, Rwanda"
_IN_PLACE = (r"(?:\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
             r"(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?=,?\s+contributed))?)?")
# "Associated Press writer Jane Doe contributed to this report.", "Jane Doe in Washington
# contributed reporting." -> group "names"
CONTRIBUTOR = re.compile(
    # names stay case-sensitive; the agency and role words do not
    rf"^(?i:(?:(?:the\s+)?{_AGENCY}\s+)?(?:[a-z-]+\s+){{0,2}}?(?:writers?|reporters?|correspondents?)"
    r"\s+)?"
    r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
    rf"{_IN_PLACE}"
    r"(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
    rf"{_IN_PLACE})*)"
    r",?\s+contributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting)|(?=\s+from\s)"
    r"|(?=\.?$))"
    r"(?:\s+from\s+[A-Z][\w .,'’-]{1,60})?\.?$")

# Inline credit at the start of the body: "KYIV (AP) —", "WASHINGTON, May 13 (Reuters) -"
INLINE_AGENCY = re.compile(rf"\(\s*({_AGENCY}(?:\s*/\s*{_AGENCY})*)\s*\)", re.I)


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str  # the detail recorded in ``removed``
    pattern: re.Pattern[str]
    max_words: int  # never cut a longer line: it is likely article text


# who a picture is credited to: names in capitals, joined by "/", "of", "and", "the", "via"
# ("BRIN/Griffith University", "the Cerro Blanco Archaeological Project")
_CREDITED = (r"(?-i:(?:the\s+)?[A-Z][\w'’&.-]*(?:\s*/\s*[A-Z][\w'’&.-]*|\s+(?:of|and|the|via|"
             r"for|[A-Z][\w'’&.-]*)){0,8})")


def _rule(name: str, regex: str, max_words: int = 40) -> LineRule:
    return LineRule(name, re.compile(regex, re.I), max_words)


# The words of a site's interface (menus, sidebars, widgets), never of a headline alone.
_UI = (r"(?:latest|news|newsletters?|menu|sidebar|context|log|login|logout|sign|up|out|"
       r"register|account|my|cookies|capture|subscribe|share|comments?|related|popular|"
       r"trending|search|home|contact|about|help|skip|navigation|more|top|stories|story|"
       r"live|watch|videos?|photos?|gallery|commits?|recent|posts?|archives?|categories|"
       r"category|tags?|follow|us|main|content|toggle|open|close|next|previous|prev|back|"
       r"read|most|viewed|editors?['’]?s?|picks|sponsored|podcasts?|this|the|to|of|our|and|"
       r"&|all|see|view|load|show|hide|print|email|save|feedback|box|window|dialog)")

# a label in the site's own language before the English one: "Ir al contenido / ", "A LIRE
# AUSSI / "
_OWN_LANGUAGE = r"([^/|:]{1,30}\s[/|]\s)?"

# one name of a line-up, with a substitution after it: "McGinn (Tielemans 65)"
# (case-sensitive inside the rules' case-insensitive patterns)
_PLAYER = r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3})(?:\s*\([^)]*\))?"

# Boilerplate lines a site adds around the article. Order matters only for the detail name.
BOILERPLATE: tuple[LineRule, ...] = (
    _rule("comment_policy",
          r"(comments?\s+(posted|policy|are\s+(moderated|closed))|refrain\s+from\s+using"
          r"|(derogatory|obscene|abusive)\b.*\bcomments?|comments?\b.*\b(derogatory|obscene|"
          r"abusive)|views?\s+expressed\s+in\s+(the\s+)?(readers?['’]?\s+)?comments|"
          r"keep\s+(your\s+)?comments\s+(civil|respectful|clean|polite)|"
          r"\bcomments\s+are\s+subject\s+to\b|join\s+the\s+(conversation|discussion)|"
          r"leave\s+a\s+(comment|reply)|comments?\s+(are|must\s+be|should\s+be)\s+"
          r"(civil|respectful)|comments?\s+may\s+be\s+(republished|edited|removed)|"
          r"\b(libel(l)?ous|hateful)\b.*\bcomments?|comments?\s+under\s+pseudonyms?|"
          # "You must be logged in to post a comment.", "Log in to comment", "Sign in to reply"
          r"^(you\s+(must|need\s+to)\s+be\s+|please\s+)?(logged|log|sign(ed)?)\s+in\s+to\s+"
          r"(post\s+a\s+|leave\s+a\s+|add\s+a\s+)?(comments?|reply)\.?$|"
          r"be\s+the\s+first\s+to\s+comment|^\d+\s+comments?$|^no\s+comments?(\s+yet)?\.?$|"
          # "Comments (112)", "Comments are pre-moderated."
          r"^comments?\s*\(\d+\)$|comments?\s+are\s+pre-?moderated|commenting\s+policy|"
          # "Comments are not enabled for this article.", "Comments are closed."
          r"^comments?\s+(are|is|have\s+been)\s+(not\s+enabled|disabled|closed|turned\s+off)\b|"
          # "We moderate comments to keep discussion on topic."
          r"^we\s+(moderate|review|read)\s+(all\s+)?comments\b|"
          # "We welcome your views, but comments that contain insults ...", "X welcomes
          # comments, but ...", "Reader comments are welcome", "Comments reflect the opinions
          # of their authors", WordPress's "Your email address will not be published."
          r"^(we|(?-i:[A-Z][\w.’'-]*(\s+[A-Z][\w.’'-]*){0,3}))\s+welcomes?\s+(your\s+|reader\s+)?"
          r"(comments|views|feedback)\b|\breaders?['’]?\s+"
          r"comments\b|\bcomments?\s+(are|is)\s+welcome\b|\bcomments?\s+(that|which)\s+"
          r"(contain|include|promote)\b|\bcomments\s+reflect\s+the\s+(views|opinions)\b|"
          r"^your\s+email\s+address\s+will\s+not\s+be\s+published|"
          r"we\s+welcome\s+comments|\bcommentaires?\b.*\bmod[ée]ration\b)", 40),
    # a syndicated story's note: "(This story has not been edited by X staff and is published
    # from a syndicated feed.)"
    _rule("syndicated", r"published\s+from\s+a\s+syndicated\s+feed|has\s+not\s+been\s+"
          r"edited\s+by\s+.{1,40}\s+staff", 40),
    # an agency's desk slug closing its copy: "dpa ab/mr", "AFP ub/bc"
    _rule("agency_slug", r"^([-–—]+\s*)?(dpa|afp|ap|reuters|ani|pti|ians|xinhua|efe|ansa|kyodo)\s+"
          r"[a-z]{1,4}(/[a-z]{1,4})+(\s+[a-z0-9]{1,4})*$"
          # AFP's bare slug, desks and initials: "bur-str/jm/as", "ech/dk/jm" (in lower case)
          r"|^(?-i:[a-z]{2,4}(-[a-z]{2,4})*(/[a-z]{2,4})+)$"
          # an agency's name with its editors' initials or codes: "EFE/jrs/mgm", "PTI ABC
          # XYZ"; set off by a rule: "==Kyodo"; Xinhua's "Enditem"
          rf"|^{_AGENCY}(\s*/\s*[a-z]{{2,4}})+$|^{_AGENCY}(?-i:(\s+[A-Z]{{2,4}}){{1,4}})$"
          rf"|^[=~*#_-]{{2,}}\s*{_AGENCY}\s*[=~*#_-]*$|^end\s*item$", 6),
    # notes under financial and syndicated copy: "This content is for informational purposes
    # only and does not constitute investment advice.", "Anadolu Agency website contains only
    # a portion of the news stories offered to subscribers ..."
    _rule("disclaimer", r"\bfor\s+(general\s+)?information(al)?\s+purposes\s+only\b|\bdoes\s+not"
          r"\s+constitute\s+(investment|financial|legal)\s+advice\b|\bwebsite\s+contains\s+only\s+"
          r"a\s+portion\s+of\s+the\s+news|"
          # "This article is provided by Bernama and is published as received. X is not
          # responsible for its content."
          r"\bpublished\s+as\s+received\b|\bnot\s+responsible\s+for\s+(its|their|the)\s+"
          r"content\b|^disclaimer\s*:", 50),
    # The Canadian Press's note under a story, with its date (the publication date):
    # "This report by The Canadian Press was first published Oct. 8, 2025."
    _rule("first_published", r"^this\s+(report|story|article)\b.{0,60}\bwas\s+first\s+"
          r"published\b", 30),
    # what follows on a match page: "Up next: Leverkusen v Stuttgart, Sunday 17:30"
    _rule("up_next", r"^(up\s+next|next\s+up|coming\s+up|next\s+match|next\s+game)\s*:", 12),
    # a quote line of a share: "Fjordvik Seafood ASA (FJORD.OL) ▲ 4.2%  NOK 212.60"
    _rule("ticker", r"\([A-Z0-9]{1,6}(\.[A-Z]{1,3})?\)\s*[▲▼△▽↑↓]\s*[+−-]?\d", 16),
    # a site's call for tips: "have a news tip? Email tips@example.com"
    _rule("tips", r"\bnews\s+tips?\b.{0,40}\b(email|e-mail|contact|send)\b|"
          r"^(email|e-mail|contact)\s*:?\s*\S+@\S+\.\w+$", 20),
    # where the story came from, under it: "Compiled from wire reports (AP, AFP, Reuters)"
    _rule("compiled_from", r"^(compiled|written|adapted|edited)\s+(from|with)\s+(staff\s+and\s+)?"
          r"(wire|agency|news\s+agency|agencies'?)\s+reports?\b", 16),
    # a site's disclaimer of the links it gives
    _rule("link_disclaimer", r"\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\s+"
          r"(web\s*)?(sites?|pages|links)\b", 30),
    # a bare address, or a label with one: "AP soccer: https://apnews.com/hub/soccer"
    _rule("link_line", r"^([\w .&'’-]{1,40}:\s*)?(https?://|www\.)\S+$", 8),
    # a metered paywall's notice: "You have read 2 of 3 free articles this month."
    _rule("paywall", r"\byou\s+have\s+read\s+\d+\s+of\s+\d+\b|\bfree\s+articles?\s+(left|"
          r"remaining|this\s+month)\b|\bsubscribe\s+for\s+(unlimited|full)\s+access\b", 30),
    # a reader poll or rating under the story: "Do you like the content of this article?"
    _rule("feedback", r"^(do|did)\s+you\s+(like|enjoy|find)\b.{0,40}\b(article|story|content)"
          r"\b|^(was|is)\s+this\s+(article|story|content)\s+(helpful|useful|interesting)|"
          r"^rate\s+this\s+(article|story)", 14),
    # an editor's note on the story's history: "This story has been updated to include ..."
    _rule("update_note", r"^(this\s+(story|article|report)\s+(has\s+been|was)\s+(updated|"
          r"corrected|amended|changed)\b|^(editor['’]?s\s+note|correction)\s*:)", 40),
    # a funder's note under wire copy: "... receives support from the X Foundation. The AP is
    # solely responsible for all content."
    _rule("funding_note", r"\breceives\s+(financial\s+)?support\s+from\b.*\bsolely\s+"
          r"responsible\b|^the\s+\w+\s+is\s+solely\s+responsible\s+for\s+all\s+content|"
          r"\bsupported\s+by\b.*\bsole\s+responsibility\s+of\b|^republishing\s*:|"
          # the publisher's line: "X is published by Y Media Ltd. Registered in Ireland No. 5"
          r"^[^.]{2,40}\s+is\s+published\s+by\s+[^.,]{1,60}\b(ltd|limited|inc|llc|gmbh|plc)\.?"
          r"(\s+registered\b.*)?$|"
          r"\bregistered\s+in\s+\w+(\s+\w+)?\s+(no\.?|number)\s*\d+", 60),
    # a match report's box: "Attendance: 41,283", "Referee: X (Country)", "Player of the
    # match", a team's line-up ("Aston Villa: Martinez, Cash, Konsa, ...")
    _rule("match_facts", r"^(attendance|att|referee|ref|venue|man\s+of\s+the\s+match|goals?|"
          r"scorers?|bookings?|sent\s+off|subs(titutes)?|player\s+ratings)\s*:\s*"
          r"\S.{0,60}$|^(player\s+of\s+the\s+match|line-?ups?|teams|team\s+news|player\s+ratings)$|"
          r"^read\s+the\s+full\s+(player\s+)?ratings\b|"
          rf"^[A-Z][\w .'’-]{{2,30}}:\s*{_PLAYER}(\s*[,;]\s*{_PLAYER}){{5,}}\.?$", 60),
    # "Jane Roe is a senior writer for Example News." (the writer's note under a story)
    _rule("author_bio", r"^(?!(the|a|an|this|that|he|she|it)\s)[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+)"
          r"{1,3}\s+(is|was)\s+(a|an|the)\s+([\w-]+\s+){0,3}(writer|reporter|correspondent|"
          r"editor|journalist|columnist|contributor|producer|professor|fellow|lecturer)s?\s+"
          r"(for|at|with|of|on)\s+"
          r"(?![^.]*\b(said|says|told|added)\b)[^.]{2,80}\.?$", 25),
    _rule("site_notice", r"^(you\s+are\s+using\s+(an?\s+)?(outdated|old|unsupported)?\s*"
          r"browser|your\s+browser\s+(is|does)|if\s+you\s+(enjoyed|liked)\s+(reading\s+)?this|"
          r"thank\s+you\s+for\s+(your\s+support|reading|subscribing)|support\s+(our|independent)"
          r"\s+journalism|search\s+(for\s+)?(articles|topics|the\s+site|this\s+site|news)\b|"
          r"if\s+you['’]?re\s+(running|using)\s+an?\s+ad[- ]?blocker|submit\s+(a|your)\s+"
          r"letter)", 20),
    _rule("share", r"^click\s+(here\s+)?to\s+share\b.{0,40}$|"
          # "Save articles to read later and create your own reading list."
          r"^save\s+(this\s+)?(articles?|stor(y|ies)|for\s+later)\b.{0,60}$|"
          r"^(share(\s+(this|on|via|by))?(\s+(article|story|page|post))?|tweet|email|"
          r"print|whatsapp|facebook|twitter|linkedin|telegram|copy\s+link|youtube|instagram|"
          r"pinterest|tiktok|reddit|flipboard)([\s|:·•,/]+(share|on|by|via|tweet|e-?mail|print|"
          r"whatsapp|facebook|twitter|x|linkedin|telegram|copy\s+link|reddit|youtube|instagram|"
          r"pinterest|tiktok|flipboard|rss))*\s*:?$|"
          # "Share: Email · Facebook · X · Bluesky · Reddit": a label and a row of short names
          r"^share(\s+(this|on|via))?(\s+(article|story|page|post))?\s*:"
          r"(\s*[|·•,/]?\s*[a-z][\w.+-]{0,14}){1,10}\s*$|"
          # a label in any language and a row of networks alone: "Compartir: Facebook X WhatsApp"
          r"^[^\W\d_]{3,20}\s*:(\s*[|·•,/]?\s*(facebook|x|twitter|whatsapp|telegram|linkedin|"
          r"e-?mail|reddit|bluesky|threads|instagram|youtube|tiktok|pinterest|print|vk|"
          r"copy\s+link)){2,12}\s*$", 16),
    _rule("subscribe", r"^(click\s+here\s+(to\s+)?)?((subscribe|sign\s+up)\b.*\b(newsletter|"
          r"updates|alerts|channel|subscribe|free|inbox|digest|briefing|bulletin|e-?mails?)\b|"
          r"subscribe\b)|"
          # "You can subscribe to this blog by email.", "Never miss a story", "Join 40,000
          # readers who get ...": a pitch for the site's feed, not a sentence of the story
          r"\b(subscribe|sign\s+up)\s+(to|for)\s+(this|our)\s+(blog|site|feed|channel|podcast)"
          r"\b|^never\s+miss\s+an?\s+(story|post|thing|beat|update|headline)\b|"
          r"^join\s+(\d[\d,.]*k?\+?|thousands|millions|hundreds|over|more\s+than)\b.{0,60}\b"
          r"(subscribers|readers|people|professionals|others)\b.{0,40}\b(who|and)\b", 30),
    _rule("newsletter", r"\bnewsletters?\b.*\b(sign\s+up|subscribe|inbox|delivered)\b|"
          r"\b(sign\s+up|subscribe)\b.*\bnewsletters?\b|\bin\s+your\s+inbox\b.*\bsign\s+up\b|"
          r"\bget\s+our\s+(free\s+)?([\w-]+\s+){0,2}newsletter\b|"
          # a pitch that ends in its button ("... every weekday. Subscribe for free")
          r"\b(subscribe|sign\s+up)\s+(for\s+free|free|now|here|today)\W*$|"
          # what a newsletter is, in other words: "Join 20,000 readers who get our headlines by
          # email every morning", "delivered to your inbox"
          r"\bjoin\s+[\d,.]+k?\s+(other\s+)?(readers|subscribers)\b|"
          r"\b(by|via)\s+e-?mail\s+every\s+(morning|day|evening|week)\b|"
          r"\b(delivered|straight)\s+to\s+your\s+inbox\b", 35),
    # a site asking for money: "X is reader-funded. Become a supporter from $5 a month.",
    # "Support independent journalism", "Donate to keep our reporting free"
    _rule("donate", r"\b(reader|member|listener)[-\s](funded|supported|powered)\b|"
          r"\bbecome\s+an?\s+(supporter|member|patron|donor|subscriber)\b|"
          r"^(please\s+)?(support|donate\s+to)\s+(our|independent|local)\s+(journalism|"
          r"reporting|newsroom)\b", 30),
    _rule("follow", r"^(follow|like)\s+(us|@?\w+)\s+on\b|^follow\s+@\w+|^(find|join)\s+us\s+on\b"
          r"|^follow\s+(our|the|[\w.'’]+)\s+.{0,40}(coverage|updates|live)"
          # "Follow The Frontier Herald on WhatsApp"
          r"|^follow\s+.{1,40}\s+on\s+(whatsapp|twitter|x|facebook|instagram|telegram|"
          r"google\s+news|youtube|tiktok|linkedin|threads|bluesky)\b", 30),
    # (maybe after the site's own language: "A LIRE AUSSI / READ ALSO: ...")
    _rule("read_more", rf"^{_OWN_LANGUAGE}(read\s+(more|also|next)|also\s+read|see\s+also|"
          r"related|recommended|"
          r"lire\s+aussi|leer\s+tambi[ée]n|lesen\s+sie\s+auch|leia\s+tamb[ée]m|"
          r"more\s+on\s+this\s+story|watch|listen|related\s+(stories|articles|coverage)|"
          r"most\s+(read|viewed|popular|shared)|trending|don'?t\s+miss|click\s+here)\b\s*[:|>»/-]|"
          # "Previous article Ethiopia, rebels agree ...", "Next post: ...", "Older posts"
          r"^(previous|prev|next|older|newer)\s+(articles?|posts?|stor(y|ies)|entr(y|ies))\b", 40),
    # a shouted label before another story's title, inside or under the story ("ALSO ON
    # AL-FAJR: Anjouan: fishermen demand compensation", "MORE FROM THE WIRE: ..."): a label of
    # capitals with a word that points elsewhere (not a place: "SOUTH SUDAN: Machar held" is
    # a title), and a title that ends no sentence
    LineRule("read_more", re.compile(
        r"^(?=[A-Z0-9'’&. -]{3,40}:)(?:[A-Z0-9'’&.-]+\s+){0,4}?(?:ALSO|MORE|FROM|READ|SEE|OTHER|"
        r"LATEST)\b[A-Z0-9'’&. -]*:\s+\S(?!.*[.!?\"”'’)]\s*$)"), 16),
    _rule("cookie", r"\bcookies?\b.*\b(accept|consent|policy|browsing|settings|use)\b|"
          r"\bwe\s+use\s+cookies\b", 45),
    # ("Foto:", as sites in other languages label it; "Image caption," as the BBC's text does)
    _rule("photo_credit", r"^(\(?(photo|foto|image|picture|video|file\s+photo|credit)s?\s*(:|by|"
          r"credit)|\((ap|reuters|afp|getty)\s+photo)|"
          r"^[(\[]?((photo|image|picture)\s+)?(caption|source)\s*[:,]|"  # "Photo caption: The ship"
          # what stands in for a graphic: "Chart: Quarterly output, tonnes (source: company)"
          r"^(chart|graphic|infographic|graph)\s*:[^.]{0,120}$|"
          # a caption's bare label: "File photo", "Representational image", "(File image)"
          r"^\(?(file|representational|representative|archive|stock)\s+(photo|image|picture|"
          r"pic)(graph)?\)?\.?$|"
          r"^[^.]{0,80}\b(getty\s+images|ap\s+photo|reuters\s*/|afp\s+via\s+getty|shutterstock|"
          r"epa-efe)\b[^.]{0,60}$|"
          # a caption that ends with its credit: "A burned truck lies ... (AP Photo/Staff)"
          r"\((ap|reuters|afp|getty|epa|ani|pti)[^()]{0,20}(photo|images?|pictures?)\b[^()]{0,60}"
          r"\)\.?$|"
          # "... near Mekelle. (Photo: AFP)", "... near Mekelle. Photo: Jane Roe/Reuters"
          # "... rise. Photo via Evert Tennis Academy", "... (Photo courtesy of the family)"
          r"\((photo|image|picture|file\s+photo|credit)s?\s*(:|/|by|via|courtesy(\s+of)?)\s*"
          r"[^()]{1,60}\)\.?$|"
          r"[.!?]\s+(photo|image|picture|credit)s?\s*(:|/|by|via|courtesy(\s+of)?)\s*"
          r"[^.]{1,60}\.?$|"
          # "... in Juba in 2023. © Jane Roe / AFP", "... Image courtesy of the museum"
          r"[.!?]\s+©\s*[^.]{1,60}$|\b(image|photo|picture)s?\s+courtesy\s+of\b", 60),
    # a caption that ends with its picture's credit: "... in Sanaa [File: Jane Roe/Reuters]",
    # "... at Base Camp. (File photo)", "... in Seoul. (Yonhap/Kyodo)", "... in Bucharest.
    # EFE/Jane Roe", "... (AFP)" after a short description; a renderer's mark: "[Photo] ...",
    # "[Image: Teachers march ...]"
    _rule("caption_credit", r"\[file:[^\]]{1,60}\]\.?$|\(file\s+(photo|image|picture)\)\.?$|"
          rf"\(\s*{_AGENCY}(\s*/\s*{_AGENCY})+\s*\)\.?$|"
          rf"[.!?]\s+{_AGENCY}\s*/\s*(?-i:[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){{0,2}})"
          r"(\s*/\s*(file\s+)?(photo|image|picture))?\.?$|"  # ("REUTERS/Jane Roe/File Photo")
          rf"^(?![^\"“”]*[\"“”])(?![^.]*\b(said|says|told)\b)[^.]{{10,160}}\.\s+\(\s*{_AGENCY}\s*\)$|"
          r"^\[(photo|image|img|picture|video|graphic)s?\s*[\]:]|"
          # a caption and its credit: "... on the ceiling of the cave. Photograph: BRIN/Griffith"
          rf"[.!?]\s+\(?(photograph|photo|picture|image|photo\s+credit|credit)s?\s*:\s*"
          rf"{_CREDITED}\)?\.?$|"
          # "... at the Huaca Cerro Blanco site. Courtesy of the Cerro Blanco Project."
          rf"[.!?]\s+(photo\s+)?courtesy(\s+of)?\s+{_CREDITED}\.?$", 45),
    _rule("copyright", r"^(©|\(c\)|copyright\b|all\s+rights\s+reserved)|"
          r"\ball\s+rights\s+reserved\b|^this\s+material\s+may\s+not\s+be\s+published", 30),
    # a notice that opens with its copyright and goes on to forbid copying ("Copyright THE
    # DAILY X: All rights reserved. This material ... may not be reproduced ...")
    _rule("copyright", r"^(©|\(c\)|copyright\b)[^.]{0,80}\ball\s+rights\s+reserved\b", 80),
    _rule("advertisement", r"^(advertisement|advertising|sponsored(\s+content)?|ad|promoted|"
          r"(story|article)\s+continues\s+below(\s+(this\s+)?(advertisement|ad))?|"
          r"continue\s+reading\s+below)"
          # "Advertisement · Scroll to continue" (Reuters pages)
          r"(\s*[·•|-]\s*scroll\s+to\s+continue)?\s*$", 8),
    # A heading that opens a list of links to other stories; the links after it are cut by
    # ``clean.article`` as "related_link".
    _rule("related_heading", r"^(keep\s+reading|list\s+of\s+\d+\s+items|"
          r"related(\s+(coverage|stories|articles|content|news|links|"
          r"topics|reading))?|more\s+(stories|coverage|news)(\s+on\s+this)?|"
          # "MORE FROM ELECTION 2026", "More on this story", "Also on Río Paraguay News"
          r"(more|latest|also)\s+(from|on|in|about)(\s+[\w'’&-]+){1,4}|you\s+(may|might)"
          r"\s+also\s+like|recommended(\s+(for\s+you|stories|reading))?)\s*:?"
          # Al Jazeera's "Recommended Stories list of 4 items"
          r"(\s+list\s+of\s+\d+\s+items)?$", 10),
    # (after the label in the site's own language too: "Etiquetas / Tags:")
    # ("Read more on: Estonia, Russia, sanctions": the topics' pages)
    _rule("tags", r"^([^\W\d_]{2,20}\s*/\s*)?(tags?|topics?|filed\s+under|categor(y|ies)|"
          r"(read\s+)?more\s+(on|about))\s*:|"
          r"^(#\w+\s*){2,}$", 30),
    _rule("standards", r"^our\s+standards\s*:", 12),
    # a wire's exchange-rate note under the story: "($1 = 519.50 tenge)", "(1 euro = $1.08)"
    _rule("currency_note", r"^\(\s*(\$\s*1|1\s+[a-z]+|[£€¥]\s*1)\s*=\s*[^()=]{1,30}\)"
          r"(\s*\(\s*(\$\s*1|1\s+[a-z]+|[£€¥]\s*1)\s*=\s*[^()=]{1,30}\))*\s*$", 12),
    _rule("separator", r"^[_*=~#-]{3,}$", 1),
    # a text browser's list of the page's links under "References": "12. https://..."
    # (and the heading a text browser prints above the list: "References")
    # (any scheme a share button links: "viber://forward?...", "whatsapp://send?...")
    _rule("link_reference", r"^(\d{1,4}\.\s+)?((https?|ftp|file|mailto):|[a-z][a-z0-9+.-]{1,20}"
          r"://)\S+$|^references$", 3),
    # Page furniture that a site prints around every story, whatever the site.
    # (maybe after the site's own language: "Ir al contenido / Skip to content")
    _rule("skip_link", rf"^{_OWN_LANGUAGE}(skip|jump)\s+to\s+(the\s+)?(main\s+)?"
          r"(content|navigation|search|footer|article|menu)\b", 8),
    _rule("reading_time", r"^(listen\s+to\s+(this\s+)?(article|story)\b|\d+\s*(-|\s)?"
          r"min(ute)?s?\s+(read|listen)\b|(estimated\s+)?reading\s+time\b)", 12),
    # a weather widget's reading, maybe after its town: "55°F Clear", "Rabat 19°C"
    _rule("weather", r"^((?-i:[A-Z])[\w'’.-]*\s+){0,3}-?\d{1,3}\s*°\s*[FC]?\b", 6),
    _rule("breadcrumb", r"^[^|›»>]{1,30}(\s*[|›»>]\s*[^|›»>]{1,30}){2,}$", 14),
    # a trail from the home page that ends with the story's own title: "Home / Security /
    # Poland orders closure of ...", "Home > World > ..."
    _rule("breadcrumb", r"^home\s*([/|›»>])\s*[^/|›»>]{1,30}\s*\1\s*[^/|›»>]+$", 30),
    # a reporter's address alone on its line (a text browser's link number before it)
    _rule("contact", r"^(\[\d+\])?\s*(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$", 1),
    _rule("label", r"^(breaking(\s+news)?|live(\s+updates)?|exclusive|watch(\s+live)?|"
          r"developing(\s+story)?|just\s+in|opinion|analysis|menu|search|log\s*in|sign\s+in|"
          r"home)\s*[:!|]?$", 3),
    # A line made only of a site's interface words: "Latest News", "Context sidebar",
    # "About this capture", "Latest commit", "Newsletter", "Related stories".
    _rule("interface", rf"^{_UI}(?:\s+{_UI}){{0,4}}\s*[:!|.]?$", 5),
    # a reader's text-size control: "Text size A A A", "Font size: A- A+"
    _rule("text_size", r"^(text|font)\s+size\b|(^|\s)A\s?\+\s+A\s?-(\s|$)|"
          r"(^|\s)A\s?-\s+A\s?\+(\s|$)", 8),
    _rule("account", r"(don[`'’]?t|do\s+not|already)\s+have\s+an\s+account|"
          r"^create\s+(an\s+|your\s+)?account|forgot\s+(your\s+)?password|"
          r"^(register|sign\s+up)\s+(here|now|for\s+free)\b|"
          # "Or Login Using Facebook", "Sign in with Google"
          r"^(or\s+)?(log\s*in|sign\s*in|sign\s+up|register)\s+(with|using|via|through)\s+"
          r"[\w+.]+\s*$", 12),
    _rule("updated", r"^(published|updated|last\s+updated|posted)\s*(on|:|at)?\s*"
          r"[\w ,:./-]{0,40}\d{1,4}[\w ,:./-]{0,30}$", 14),
)


_UPDATED = next(r.pattern for r in BOILERPLATE if r.name == "updated")


# rules and bullets a site draws around a label: "--- Advertisement ---", "*** Related ***"
_DECORATION = re.compile(r"^[-=*_~·•]{2,}\s*(.+?)\s*[-=*_~·•]{2,}$")
_EMPHASIS = re.compile(r"^([*_]{1,2})(\S.*?\S)\1$")  # Markdown's "_With files from AFP._"


def undecorated(line: str) -> str:
    """A line without the rules or Markdown emphasis around it ("-- Related --", "*By X*")."""
    line = line.strip()
    if (m := _DECORATION.match(line)) is not None:
        return m.group(1).strip()
    if (m := _EMPHASIS.match(line)) is not None:
        return m.group(2).strip()
    return line


def classify_boilerplate(line: str) -> str | None:
    """The name of the boilerplate rule that ``line`` matches, or None."""
    line = undecorated(line)
    words = len(line.split())
    if words <= 14 and is_date_line(line):
        return "date_line"
    for rule in BOILERPLATE:
        if words <= rule.max_words and rule.pattern.search(line):
            return rule.name
    if words <= 60 and comment_policy(line):
        return "comment_policy"
    prefixed = _PREFIXED_DATE.match(line)
    if prefixed is not None and is_date_line(prefixed.group(1)):
        return "date_line"  # "Atoll Dispatch, 06.05.2026": the site's or a desk's name first
    if _WIDGET_SEP.search(line) and words <= 20:
        # a row of furniture one of whose items dates the page ("World | Associated Press |
        # Updated: September 09, 2025 21:18 IST", "Wednesday 22 April 2026 — Rabat 19°C")
        for part in _WIDGET_SEP.split(line):
            part = part.strip()
            if part and (is_date_line(part) or _UPDATED.search(part)):
                return "updated"
    return None


# A site's comment policy is worded anew by every site ("Comments are the sole opinion of the
# authors", "We reserve the right to delete postings that are discriminatory"), so it is known
# by its field, not by a phrase: it names readers' comments or posts and says what is done
# to them or what they must not be. Measured on ~120,000 lines of the bench's news text, it
# took one line of an article ("the notice and comment period" of "rules ... of law or
# policy"), which the strong-word condition below leaves out.
_POSTS = re.compile(r"\b(?:comments?|comment(?:er|ing)s?|postings?|posts?|contributions|"
                    r"repl(?:y|ies))\b", re.I)
_MODERATING = re.compile(
    r"\b(?:remov(?:e|ed|es|ing)|delet(?:e|ed|es|ing)|bann?(?:ed|ing)?|moderat(?:e|ed|es|ing|ion|"
    r"ors?)|reserves?|insult(?:s|ing)?|offensive|defamatory|libell?ous|abusive|off-topic|"
    r"unrelated|racist|sexist|discriminatory|slurs?|spam|respectful|civil|hateful|obscene|"
    r"derogatory|vulgar|profan(?:e|ity)|xenophobic|personal\s+attacks?)\b", re.I)
_OWNED_VIEWS = re.compile(r"\b(?:opinions?|views?|responsibility|rules|policy|guidelines|"
                          r"threats?)\b", re.I)
_AUTHORS = re.compile(r"\b(?:opinions?|views?|responsibility)\s+of\s+(?:the(?:ir)?\s+)?"
                      r"(?:authors?|writers?|commenters?|readers?)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|according|was|were|had|did)\b", re.I)


def comment_policy(line: str) -> bool:
    """Does a line state a site's policy on readers' comments: it names comments or posts and
    either two words of moderation (removed, deleted, abusive, off-topic, ...), one with a
    word of rules or views, or says whose opinion they are ("the sole opinion of the
    authors")? Reported speech or a past act ("said", "were removed") is the story's."""
    if _POSTS.search(line) is None or _REPORTED.search(line) is not None:
        return False
    strong = {m.group(0).lower() for m in _MODERATING.finditer(line)}
    return len(strong) >= 2 or bool(strong) and _OWNED_VIEWS.search(line) is not None \
        or _AUTHORS.search(line) is not None


# a name of up to four capitalised words, a comma, and what may be a date
_PREFIXED_DATE = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*,\s+(.{6,40})$")
# the separators of a row of page furniture: bars anywhere, dashes and dots between spaces
_WIDGET_SEP = re.compile(r"\s*\|\s*|\s[—·•]\s")
