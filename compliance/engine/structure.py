"""Text structure shared by every detector: clauses, sentences, quotations, negation, teaching and warning
frames, and the per-check state (``TextView``) that holds the hits (rules.md §4.10–4.11, §5)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from .literals import guard_module_regexes
from .normalize import Shadow, normalize
from .packs import LEFT_B, RIGHT_B, CompiledPack
from .phonetics import is_word
from .types import ProductFacts

_ALNUM = re.compile(r"[a-z0-9]")
_QUOTES = re.compile(
    r"“[^”\n]{1,80}”|‘[^’\n]{1,80}’|「[^」\n]{1,80}」|『[^』\n]{1,80}』|\"[^\"\n]{1,80}\"|(?<![a-z0-9])'(?:[^'\n]|(?<=[a-z])'(?=[a-z])){1,80}'(?![a-z0-9])"
)
_QUOTE_CHARS = re.compile(r"[“‘「『\"']")
_COLON_LIST = re.compile(
    r"(?:违规|禁止|不得|不能说|不要说|红线|banned|prohibited|never say)[^:：\n]{0,12}[:：]([^\n]+)"
    # "Three things we never do on air: promise a return, …": a list a negated lead-in introduces.
    r"|\b(?:never|don't|do not|must not|cannot|can't|not allowed to|off[- ]limits)\b"
    r"(?!\s*(?:worry|mind|sweat|stress|fret|hesitate))[^:：\n.!?]{0,25}[:：]([^\n]+)"
)
# A sentence after a colon list that turns from the list to the speaker's own word or product.
_COLON_LIST_TURN = re.compile(
    r"[。！!？?.;；]\s*(?:但(?!凡)|不过|可是|然而|其实|说实话|实话说|咱们|我们这|这款|\b(?:but|however|that said|honestly|ours|our fund|this one)\b)"
)
_CONTRAST = re.compile(r"但|不过|可是|然而|\b(?:but|however|though|yet)\b")
# The answer to a short question, denying what it asked (理财保本？现在已经打破刚性兑付了 / 稳赚？不存在的).
_ANSWER_DENIES = re.compile(
    r"[^。！!？?\n]{0,20}?(?:打破|不能|不得|不允许|不存在|不可能|没有这|没这|早就没|早就不|已经不|已经没|不再|哪有)"
)
_ANSWER_NO = re.compile(
    r"[\s'’\"”]*(?:(?:a|answer|答)\s*[:：]\s*)?(?:(?:no|nope|not at all|not really|absolutely not|of course not|not necessarily|nobody knows|no one knows"
    r"|nobody can say|no one can say|who knows)\s*[.!,;—–-]"
    r"|not (?:before|until|during|within|in the first|while|inside)\b|only (?:after|once|when|at maturity|at the end)\b|(?:不是|不会|不能|没有|不保|不对|并不|当然不|不可能|不行|不允许|没这回事)(?:的)?\s*[。！，,!])"
)
_EN_LIST_NEG = re.compile(
    r"\b(?:not|neither) (?:an? |the )?[a-z-]+(?: [a-z-]+)?(?:, (?:an? |the )?[a-z-]+(?: [a-z-]+)?){0,3}(?:,? (?:or|nor|and) |, )(?:an? |the )?$"
)
# "Don't worry about the survey" reassures; it does not deny what follows.
_NOT_A_NEGATION = re.compile(
    r"\b(?:don't|do not|no need to|never) (?:worry|mind|sweat|stress|fret|overthink|hesitate)\b|\bno (?:worries|problem|sweat)\b|\bnever mind\b"
    # Intensifiers built on a negator: "without question this is the top…", "no doubt", "no question about it".
    r"|\bwithout (?:a |any )?(?:question|doubt|exception)\b|\bno (?:doubt|question)\b(?! (?:that )?(?:it|this|the|you|we)\b[^.!?\n]{0,20}?\b(?:isn't|is not|won't|can't|cannot|doesn't|does not)\b)"
)
# What a quotation's sentence says of it before it opens: that it is not to be said or heard ("things you cannot
# say on air:", "phrases you should never hear from a banker:") or that it is wording ("buzzwords like"). The
# quotations after such a lead-in are examples of language, not claims ("I can't say this enough:" still asserts).
_FORBIDDEN_SPEECH_EN = re.compile(
    r"(?:\b(?:never|not|cannot|nobody|no one)\b|n't\b)(?![^.!?\n:]{0,25}?\b(?:enough|how (?:much|good|happy|glad|excited|proud))\b)"
    r"[^.!?\n:]{0,30}?\b(?:say|hear|use|tell|write|post|promise|call|describe|pitch)(?:s|ing|d)?\b"
    r"|\b(?:phrases?|phrasing|words|expressions?|buzzwords?|wording|slogans?|off[- ]limits|off the table)\b"
)
# An indefinite speaker making the claim ("Anybody who promises you a locked-in 8%…", "any salesperson who swears…"):
# reported speech used to warn, not the RM's claim.
_EN_HEARSAY = re.compile(
    r"\b(?:any(?:one|body)|some(?:one|body)|whoever|people|(?:any|a|some) (?:salesperson|salesman|banker|broker|adviser|advisor|rep|caller|stranger|agent|planner|seller|influencer|website|ad|guy|person)s? (?:who|that))\b"
    r"[^.!?;:\n]{0,20}?\b(?:promis(?:e|es|ing)|guarantee(?:s|ing)?|swear(?:s|ing)?|tells? you|telling you|says?|saying|claim(?:s|ing)?|pitch(?:es|ing)?|assur(?:e|es|ing)|offer(?:s|ing)?)\b"
    # A speaker met in a condition ("When a host says a product is 'number one', ask: ranked by whom?").
    r"|\b(?:when|whenever|if) (?:a|an|any|some) (?:[a-z-]+ ){0,2}?(?:says?|claims?|tells? you|promises?|swears?|brags?|calls? (?:it|a product|something))\b"
)
# A claim held as someone's belief, or as what the RM would say only to disown it: "my client thought Cedar was
# risk-free", "I used to think bond funds couldn't lose", "if I told you this fund can't lose, I'd be lying". The
# RM's own present belief ("I think it'll rally", "our strategists believe") still asserts.
_EN_BELIEF = re.compile(
    r"\b(?:thought|believed|assumed|figured|imagined|used to (?:think|believe|assume)|(?:was|were) told|(?:had )?heard)\b"
    r"|\b(?:people|some people|many people|a lot of people|most people|clients?|customers?|viewers?|folks|investors|"
    r"he|she|they|you|someone|somebody) (?:think|thinks|believe|believes|assume|assumes|imagine|imagines)\b"
    r"|\bif (?:i|we) (?:told you|said|promised(?: you)?|claimed|were to (?:tell you|say|promise))\b"
)
# A negated verb reaches the items it coordinates ("I can't open it under another account or use your son's login to get
# around…"), but not past a new predicate after the "or".
_EN_OR = re.compile(r"\b(?:or|nor)\b")
_EN_NEW_PREDICATE = re.compile(r"\b(?:and|so|because|since|which|that's|it's|but)\b")
# A quotation named by the noun after it ("that 'can't lose' line you saw online"): a mention of the wording.
_QUOTE_NOUN_AFTER = re.compile(
    r"\s*(?:line|lines|phrase|phrases|claim|claims|pitch|pitches|talk|slogan|slogans|wording|language|stuff|ad|ads|post|posts|headline|headlines)\b"
)
_SENT_END_Q = re.compile(r"[?？]")
# "I'm not coaching, just saying…" / "not telling you what to pick, only pointing out…": the negation denies the act,
# not what is said after it.
_EN_PARALIPSIS = re.compile(
    r"\b(?:just|only|simply|merely) (?:saying|telling you|mentioning|pointing out|letting you know|sharing|noting|observing)\b"
)
# What follows 问 while the question lasts: its own clause (问会不会亏), or a quotation opened right after it
# (问：“稳赚吗？”…). A hit after the clause ends (问会不会亏，放心，绝对不会亏) is the answer, not the question.
_QUESTION_EXTENT = re.compile(
    r"(?:我|一下|大家)?[：:，,]?\s*(?:[“‘「『\"'][^”’」』\"'\n]*|[^，,。!！?？;；\n”’」』\"']{0,12})"
)
# 保不保本, and its long form 稳赚还是不稳赚.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff]{1,2})(?:还是)?[不没]\1")
# The answer right after a quotation, denying it (“这个应该是保本的吧”，不是的): the quotation was a question.
_QUOTE_ANSWERED_NO = re.compile(
    r"[，,。.—\-\s:：]*(?:答案是|我的回答是|回答是)?[：:]?\s*(?:不是|不会|不能|没有|不保|并不|当然不|不可能|不行|不对|并非|错了|没这回事)"
)
# This product named in a sentence about another (这款, 本产品, 理财, 基金…), and the same with a property denied or
# said to float (这款不保本, 理财是净值型、收益不确定, 基金可能亏损): ``TextView._set_against``.
_OWN_SUBJECT = re.compile(r"这款|这只|这个产品|本产品|该产品|咱们这|我们这|我行这|它")
_OWN_DENIED = re.compile(
    r"(?:这款|这只|这个产品|本产品|该产品|咱们这款|我们这款|它|理财(?:产品)?|基金|保险|产品本身|产品)(?:[^。！!？?\n]){0,14}?"
    r"(?:不保本|非保本|不保息|不保收益|没有保本|不承诺|不确定|不固定|不是存款|不属于存款|不在存款保险|不受存款保险|"
    r"净值型|净值化|浮动|有波动|会波动|可能亏|可能会亏|有亏损|有风险|存在风险|不能保证|无法保证|不一样|两回事|不是一类|不同|"
    r"才能(?:赎回|取|支取|卖出|退出)|持有期|封闭期|锁定期|不能随时|不能提前|不可提前|有期限|不是|并不是|没有)"
)
# A rival saying something of its own product (别家宣传…, 有些平台号称…): ``TextView.other_subject``.
_RIVAL_SAYS = re.compile(
    r"(?:别家|别的银行|其他银行|其他家|有的银行|有些银行|有的机构|有些机构|有些平台|某些平台|某平台|隔壁(?:银行|那家)?|同行)"
    r"(?:[^，,。！!？?；;\n]){0,4}?(?:宣传|号称|声称|吹|说|讲|打出|承诺|保证)"
)
_SET_ANALOGY = re.compile(
    r"(?<![不没])一样|相当于|(?<!不)等于|等同|差不多|类似|(?<![不两])一回事|没区别|没两样|不输|不亚于|也是|也能|也有|同样|照样|就是"
)
# A rhetorical "who says" that denies what it opens (TextView._negated).
_WHO_SAYS = re.compile(
    r"谁(?:跟|和|对)?(?:您|你|你们|大家)?(?:说|讲|告诉)(?:过|的)?|谁告诉(?:您|你|你们|大家)|怎么可能|哪里会|哪会"
)
# The RM echoing a request as a question, then refusing it (您说私下给您返点？这个违规，我们不做): the echo asserts nothing.
_ECHO_OPENS = re.compile(r"\s*(?:您|你)(?:是)?(?:说|问|想|要|让我|想让我|要我|的意思是)")
_REFUSAL_NEXT = re.compile(
    r"[\s，,]*(?:[^。！!？?\n]{0,8}?)(?:违规|不行|不可以|不能|不允许|做不了|不做|办不到|没有这|没这|不合规|不合法|不会|不存在|不可能)"
)
# A verb of saying or writing between a speaker and their quoted line (粉丝留言：“…”).
_SAYS = re.compile(r"说|讲|留言|评论|发了?|写|喊|道|表示|反馈|原话")
_QUESTION_WORD = re.compile(r"什么|怎么|多少|哪个|哪款|哪只|哪里|为什么|几个点|几年|能否|是否|有没有")
_CLAUSE_END = re.compile(r"[，,。!！?？;；]")
_LIST_CONTINUES = re.compile(r"\s*(?:或者|或是|以及)")
# 不代表/不意味着/不等于 deny an implication: what follows in the clause is the thing not implied.
_IMPLICATION_DENIED = re.compile(r"不代表|不意味着|不等于|不表示")
_EN_QUESTION = re.compile(
    r"[\s'‘\"“]*(?:is|are|does|do|did|can|could|will|would|should|isn't|aren't|doesn't|whether|if)\b"
)
# A request phrased as a question (can everyone type…?, could you send…?) asks for something: it is not a yes/no question.
_EN_REQUEST = re.compile(
    r"[\s'‘\"“]*(?:can|could|would|will) (?:you|everyone|everybody|all of you|y'all|folks|you all|people)\b"
)
# Access to the money at any time: no lock-up hidden when the product is a daily-liquidity one.
_LIQUID_CLAIM = re.compile(
    r"随存随取|随用随取|随取随用|随时(?:都)?(?:可以|能)?(?:取|赎回|支取|取用|用)|想取就取|想用就用"
    r"|(?:redeem|withdraw|take (?:it|the money|your money) out|get (?:at )?(?:it|your money))[^.!?\n]{0,12}?(?:any ?time|whenever|any (?:business )?day)"
    r"|any ?time|whenever you|daily[- ]liquidity"
)
# An officialese prohibition opening a clause (不得让客户转账到员工个人账户代买 / 严禁…): it covers the whole clause, not
# only the dozen characters after it. 不得不 (one cannot but) asserts.
_ZH_PROHIBIT_OPENS = re.compile(
    r"\s*(?:\d+[.、)）]\s*|[（(]\d+[)）]\s*)?(?:也|均|一律|都|绝对|更|亦|同样)?(?:不得|严禁|禁止|不准|切勿|请勿|杜绝)(?!不|错过|再等|犹豫|外传)"
)
# A warning that generalises over speakers (谁跟您保证收益都要多个心眼 / 任何人向您承诺保本，都要提高警惕): what
# "whoever" says, up to the advice that follows it, is reported speech, not the RM's claim. A claim after the advice
# (谁跟您说会亏您都别信，它就是保本的) is the speaker's own.
_ZH_WHOEVER = re.compile(
    r"(?:谁|任何人?|凡是|但凡|不管是?谁|无论是?谁|不论是?谁|但凡有人|只要有人|凡是有人|要是有人|如果有人|一旦有人)(?:[，,]\s*(?:只要|要是|如果|若|一旦)|要是|要|若|如果|再|敢)?"
    r"(?:(?:跟|和|对|向|给)(?:您|你|大家|各位|客户|你们|您们|老人|家里人))?(?:拍着?胸脯|信誓旦旦地?|张口就)?"
    r"(?:说|讲|保证|承诺|许诺|担保|推荐|吹|夸|宣称|声称|打包票|打保票|拍胸脯|开口|要求|让|叫|劝|催)"
)
_ZH_WHOEVER_ADVICE = re.compile(
    r"(?:都|一律|统统|全都|就|也|那|先|直接)[^。！？!?；;\n]{0,6}?"
    r"(?:心眼|警惕|小心|当心|提防|别信|不要信|不能信|别相信|不要相信|骗|不靠谱|别理|拉黑|举报|报警|核实|问号|挂断|掂量|三思)"
)
# A heading line that introduces what is prohibited or gets escalated ("What to escalate immediately:", "The following
# lines are prohibited…:", 以下做法一律禁止：); the bullet or numbered lines under it, in a teaching text, are the
# practices listed, not claims (structure.py `quotes`).
_PROHIBIT_HEADING = re.compile(
    r"(?m)^[^\n]{0,160}?(?:\b(?:prohibited|not allowed|never|don't|do not|banned|forbidden|escalat\w*|flag(?:ged)?|red flags?|"
    r"warning signs|not (?:fine|ok|okay|acceptable|permitted)|avoid|violations?|breach(?:es)?|hold the message|route for review|"
    r"off[- ]limits)\b|违规|禁止|不得|严禁|红线|不允许|不要|不能|禁用|负面清单|错误(?:做法|示范|说法|回答|话术)|一律|不合规|整改"
    # 以下几种做法请务必避免： / 直播中切忌：
    r"|避免|切忌|请勿|勿)"
    r"[^\n]{0,80}?[:：]\s*$"
)
# (The shadow drops the period of "1. 念出…" between a digit and a Hanzi: 1念出….)
_BULLET_LINE = re.compile(
    r"[ \t]*(?:[-*•·▪–]|\d{1,2}[.、)）]|\d{1,2}(?=[\u4e00-\u9fff])|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.])[^\n]*"
)
_SKIPPED: dict[tuple[str, Any], frozenset[str]] = {}
_NO_CODES: frozenset[str] = frozenset()
Hit = tuple[
    str, int, int, str | None, dict[str, Any] | None
]  # code, start, end, severity override, message fields


class TextView:
    """The state of one check: the shadow, its lazily computed clause, sentence, quote and frame structure,
    the negation and quotation filters, the detector signals and the hits found so far."""

    __slots__ = (
        "pack",
        "text",
        "kind",
        "products",
        "customer",
        "shadow",
        "s",
        "hits",
        "signals",
        "_clauses",
        "_sentences",
        "_quotes",
        "_settings_cache",
        "_neg_cache",
        "_frames",
        "_edu",
        "_denials",
        "_items",
    )

    def __init__(
        self,
        pack: CompiledPack,
        text: str,
        kind: str,
        products: list[ProductFacts],
        customer: int | None,
        shadow: Shadow | None = None,
    ):
        self.pack = pack
        self.text = text
        self.kind = kind
        self.products = products
        self.customer = customer
        self.shadow = shadow if shadow is not None else normalize(text, pack.leet_words)
        self.s = self.shadow.text
        self.hits: list[tuple[str, int, int, str | None, dict[str, Any] | None]] = []
        self._clauses: list[int] | None = None
        self._sentences: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        st = _SETTINGS_CACHE.get(pack.digest)
        self._settings_cache = st if st is not None else _settings(pack)
        self._neg_cache: dict[int, bool] = {}
        self._frames: tuple[bool, bool, bool] | None = None
        self._edu: bool | None = None
        self._denials: tuple[bool, bool, bool, bool, bool] | None = None
        self._items: list[tuple[int, int]] = []
        self.signals: dict[str, list[tuple[int, int]]] = {}

    # -- structure -----------------------------------------------------------------------------
    def clause_starts(self) -> list[int]:
        if self._clauses is None:
            st = self._settings_cache
            starts = [0]
            for m in st["clause_re"].finditer(self.s):
                starts.append(m.end())
            self._clauses = sorted(set(starts))
        return self._clauses

    def sentence_bounds(self) -> list[int]:
        if self._sentences is None:
            starts = [0]
            for m in self._settings_cache["sentence_re"].finditer(self.s):
                starts.append(m.end())
            self._sentences = sorted(set(starts))
        return self._sentences

    def clause_of(self, pos: int) -> tuple[int, int]:
        cs = self.clause_starts()
        i = bisect_right(cs, pos) - 1
        start = cs[i]
        end = cs[i + 1] if i + 1 < len(cs) else len(self.s)
        return start, end

    def sentence_of(self, pos: int) -> tuple[int, int]:
        ss = self.sentence_bounds()
        i = bisect_right(ss, pos) - 1
        start = ss[i]
        end = ss[i + 1] if i + 1 < len(ss) else len(self.s)
        return start, end

    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            s = self.s
            q: list[tuple[int, int]] = []
            if _QUOTE_CHARS.search(s):
                for m in _QUOTES.finditer(s):
                    if (
                        q
                        and m.start() - q[-1][1] <= 1
                        and s[q[-1][1] : m.start()] in ("", "、", "，", ",", " ")
                    ):
                        q[-1] = (
                            q[-1][0],
                            m.end(),
                        )  # “国家队背书”“央行兜底”: a list of quoted phrases is one quotation
                    else:
                        q.append((m.start(), m.end()))
            if ":" in s or "：" in s:
                for m in _COLON_LIST.finditer(s):
                    a, b = m.start(m.lastindex or 1), m.end(m.lastindex or 1)
                    turn = _COLON_LIST_TURN.search(s, a, b)
                    # 以下说法禁止使用：“稳赚不赔”。但咱们这款不一样，保证年化4%: the list ends where the speaker turns.
                    q.append((a, turn.start() + 1 if turn is not None else b))
                if "\n" in s:
                    q += self._prohibited_items()
            self._quotes = q
        return self._quotes

    def _prohibited_items(self) -> list[tuple[int, int]]:
        """In a teaching text, the bullet or numbered lines under a heading that introduces prohibited or escalated
        practices ("What to escalate immediately:" / 以下做法一律禁止：), up to the first line that is not an item."""
        s = self.s
        spans: list[tuple[int, int]] = []
        said: list[tuple[int, int]] = []
        for h in _PROHIBIT_HEADING.finditer(s):
            pos = h.end()
            # "Things we never post in the group chat:": the heading forbids saying them, in any text.
            forbidden = _FORBIDDEN_SPEECH_EN.search(s, h.start(), h.end()) is not None
            while pos < len(s) and s[pos] == "\n":
                m = _BULLET_LINE.match(s, pos + 1)
                if m is None or m.end() == pos + 1:
                    break
                (said if forbidden else spans).append((m.start(), m.end()))
                pos = m.end()
        self._items = said
        if spans and not self.education():
            spans = []
        return spans + said

    # -- filters -------------------------------------------------------------------------------
    def negated(self, start: int) -> bool:
        cache = self._neg_cache
        hit = cache.get(start)
        if hit is None:
            hit = cache[start] = self._negated(start)
        return hit

    def _negated(self, start: int) -> bool:
        st = self._settings_cache
        s = self.s
        frames = self._frames or self._frame_flags()
        cs, _ = self.clause_of(start)
        denials = self._denials
        if denials is None:  # which whole-clause denials occur anywhere in the text (usually none)
            denials = self._denials = (
                st["denial_re"].search(s) is not None,
                st["clause_neg_re"].search(s) is not None,
                st["univ_neg_re"].search(s) is not None,
                "not " in s or "neither " in s,
                st["verdict_after_re"].search(s) is not None,
            )
        if denials[4]:
            _, se0 = self.sentence_of(start)
            if st["verdict_after_re"].search(s, start, se0) is not None:
                return True  # 替客户代买都是违规的 / '四个点稳稳的'这种话听听就算了: the sentence's verdict denies it
        if denials[0]:
            denial = st["denial_re"].search(s, max(cs, start - 6), start)
            if denial is not None and not st["neg_zh_re"].search(s, denial.end(), start):
                return True  # 理财哪有稳赚的？: a rhetorical question that denies the claim
        if denials[1] and st["clause_neg_re"].search(s, cs, start):
            return True
        if denials[2]:
            ss0, _ = self.sentence_of(start)
            univ = st["univ_neg_re"].search(s, ss0, start)
            if univ is not None and not _CONTRAST.search(s, univ.end(), start):
                return (
                    True  # 没有哪一种产品能…高收益、低风险 / no investment can…: the whole clause is denied
                )
        if any(frames):
            ss, se = self.sentence_of(start)
            if frames[0] and st["rhetorical_re"].search(s, ss, se) and _SENT_END_Q.search(s, start, se + 1):
                # 谁说理财就一定不会亏？ / 怎么可能稳赚？: "who says" before the claim, with no negator between, asks
                # the claim away; with one (谁说这款不保本？) the question asserts it.
                who = None
                for m in _WHO_SAYS.finditer(s, ss, start):
                    who = m
                if who is not None and not any(
                    n.group(1) for n in st["neg_zh_re"].finditer(s, who.end(), start)
                ):
                    return True
                return False
            if frames[1]:
                for m in st["asked_re"].finditer(s, max(ss, start - 40), start):
                    if m.group(1) and (m.group(1).isascii() or _QUESTION_EXTENT.fullmatch(s, m.end(), start)):
                        return True
            if frames[2] and self._warned(start, ss, se):
                return True
        if self.in_education_frame(start) or self.mentioned(start):
            return True
        _, ce = self.clause_of(start)
        if ce > start and s[ce - 1] in "?？" and _ANSWER_NO.match(s, ce):
            return True  # Treasury-backed? No. / 保本吗？不是。: the question is answered in the negative
        if (
            ce > start
            and s[ce - 1] in "？"
            and ce - self.sentence_of(start)[0] <= 14
            and _ANSWER_DENIES.match(s, ce)
        ):
            return True  # 理财保本？现在已经打破刚性兑付了…不能承诺保本: a short question, and the answer denies it
        if (
            ce > start
            and s[ce - 1] == "？"
            and _REFUSAL_NEXT.match(s, ce)
            and _ECHO_OPENS.match(s, self.sentence_of(start)[0])
        ):
            return True  # 您说私下给您返点？这个违规，我们不做: a request echoed, then refused
        if (
            ce > start and s[ce - 1] in "?？"
        ):  # a yes/no question (这款保本吗？ / is it risk-free?) asserts nothing
            rhetorical = frames[0] and st["rhetorical_re"].search(s, cs, ce)
            j = ce - 2
            while j > start and s[j] == " ":
                j -= 1
            if not rhetorical and (
                s[j] in "吗嘛么呢" or (_EN_QUESTION.match(s, cs) and not _EN_REQUEST.match(s, cs))
            ):
                return True
        if start - cs > 10 and _ZH_PROHIBIT_OPENS.match(s, cs) and not _CONTRAST.search(s, cs, start):
            return (
                True  # 不得让客户转账到员工个人账户代买: the prohibition opening the clause covers all of it
            )
        if "谁" in s or "任何" in s or "有人" in s or "凡是" in s:
            ss1, se1 = self.sentence_of(start)
            who = None
            for m in _ZH_WHOEVER.finditer(s, max(ss1, start - 30), min(se1, start + 6)):
                if m.start() < start:  # the claim may open at the speaker's verb (谁跟您保证收益…)
                    who = m
            if who is not None and _ZH_WHOEVER_ADVICE.search(s, start, min(se1, start + 40)) is not None:
                return True  # 谁跟您保证收益都要多个心眼: reported by "whoever", then warned against
        window_zh = s[max(cs, start - 12) : start]
        for m in st["neg_zh_re"].finditer(window_zh):
            if m.group(1):
                return True
        for m in _A_NOT_A.finditer(s, max(cs, start - 8), min(ce, start + 8)):
            if m.start() <= start:
                return True  # 会不会亏 / 保本不保本: an A-not-A question asks, it does not assert
        if cs > 0 and _LIST_CONTINUES.match(s, cs):
            # 请不要把验证码告诉别人，或者转账给所谓的客服: a negator opening the list covers its next clause.
            pcs, _ = self.clause_of(cs - 1)
            for m in st["neg_zh_re"].finditer(s, pcs, min(cs, pcs + 8)):
                if m.group(1):
                    return True
        if start - cs > 12 and "任何" in s[start - 4 : start]:
            # 不代表国家或者银行对产品的本金和收益承担任何兜底责任: 任何 carries the clause's negation to the hit.
            for m in st["neg_zh_re"].finditer(s, cs, s.rindex("任何", start - 4, start)):
                if m.group(1):
                    return True
        if start - cs > 12:
            # 并不代表监管机构或者任何政府部门为这款产品的收益兜底: the denied implication spans its clause.
            denied = list(_IMPLICATION_DENIED.finditer(s, cs, start - 12))
            if denied and not _CONTRAST.search(s, denied[-1].end(), start):
                return True
        if start - cs > 12 and "、" in s[cs:start]:
            # 不要把身份证号、银行卡号、验证码发在评论区: a negator opening the clause covers its whole list.
            for m in st["neg_zh_re"].finditer(s, cs, min(start, cs + 8)):
                if m.group(1):
                    return True
        window_en = s[max(cs, start - 60) : start]
        said = [m.end() for m in _EN_PARALIPSIS.finditer(window_en)]
        if said:  # "I'm not coaching, just saying that…": the negation stops at "just saying"
            window_en = window_en[said[-1] :]
        if st["neg_en_re"].search(window_en) and st["neg_en_re"].search(_NOT_A_NEGATION.sub(" ", window_en)):
            return True
        if _EN_HEARSAY.search(window_en) or _EN_BELIEF.search(window_en):
            return True
        if start - cs > 60:
            negators = list(st["neg_en_re"].finditer(s, cs, start - 60))
            last_neg = negators[-1] if negators else None
            if (
                last_neg is not None
                and not _NOT_A_NEGATION.match(s, last_neg.start())
                and _EN_OR.search(s, last_neg.end(), start)
                and not _EN_NEW_PREDICATE.search(s, last_neg.end(), start)
            ):
                return True
        if cs > 0 and s[cs - 1] == "," and self._in_negated_list(cs, ce):
            return True
        if (
            denials[3]
            and _EN_LIST_NEG.search(s, max(0, start - 90), start)
            and not _CONTRAST.search(s, max(0, start - 90), start)
        ):
            return (
                True  # not a forecast, expected return or promise: a negated list continues past its commas
            )
        return False

    def _in_negated_list(self, cs: int, ce: int) -> bool:
        """A short item of a comma list that a negated verb opens, joined by "or" ("I can't take orders over
        WhatsApp, text or personal email"): the negation covers every item, not only the first."""
        s = self.s
        joined = _EN_OR.search(s, cs, ce) is not None
        for _ in range(4):  # walk back over at most four short items to the clause that opens the list
            if len(s[cs:ce].split()) > 5 or _EN_NEW_PREDICATE.search(s, cs, ce):
                return False
            ce = cs - 1
            cs, _ = self.clause_of(ce - 1)
            joined = joined or _EN_OR.search(s, cs, ce) is not None
            negators = list(self._settings_cache["neg_en_re"].finditer(s, cs, ce))
            if negators:
                last = negators[-1]
                return (
                    joined
                    and not _NOT_A_NEGATION.match(s, last.start())
                    and not _EN_NEW_PREDICATE.search(s, last.end(), ce)
                    and len(s[last.end() : ce].split())
                    >= 2  # a verb and its object, not "Don't wait, DM me…"
                )
            if cs == 0 or s[cs - 1] != ",":
                return False
        return False

    def asked_inside(self, a: int, b: int) -> bool:
        """A match that opens with its asker (客户问我去年谁买这只赚了), or holds an A-not-A question (本金会不会出
        问题): the rest is the question, not a claim."""
        q = _A_NOT_A.search(self.s, a, b)
        if q is not None and _CLAUSE_END.search(self.s, q.end(), b) is None:
            return True  # the match ends inside the question (not 问我要不要买，我说买，她现在见人就夸)
        if not (self._frames or self._frame_flags())[1]:
            return False
        for m in self._settings_cache["asked_re"].finditer(self.s, a, b):  # to b: 问题 must not be cut to 问
            if m.start() >= a + 10:
                break
            if m.group(1) and not m.group(1).isascii() and _QUESTION_EXTENT.fullmatch(self.s, m.end(), b):
                return True
        return False

    def _frame_flags(self) -> tuple[bool, bool, bool]:
        """Which sentence-level frames occur anywhere in the text (usually none)."""
        st = self._settings_cache
        s = self.s
        self._frames = (
            st["rhetorical_re"].search(s) is not None,
            st["asked_re"].search(s) is not None,
            st["warn_open_re"].search(s) is not None and st["warn_cons_re"].search(s) is not None,
        )
        return self._frames

    def _warned(self, start: int, ss: int, se: int) -> bool:
        # the verdict may open the next sentence: "People say it can't lose; that's never true."
        st = self._settings_cache
        # The opener may follow the claim's first words closely (去年做到了4%，就觉得今年也能…).
        opener = st["warn_open_re"].search(self.s, ss, min(se, start + 16))
        if opener is None:
            return False
        cons = [m.end() for m in st["warn_cons_re"].finditer(self.s, ss, min(len(self.s), se + 60))]
        if not cons:
            return False
        # A claim in a clause after the verdict, with no verdict after it, is the speaker's own answer to what was
        # reported (谁跟您说这款会亏，您都别信，它就是保本的 / someone said it's risky, that's wrong: it's guaranteed).
        cs, _ = self.clause_of(start)
        return not (opener.end() <= cons[-1] <= cs and cons[-1] > opener.start() and start > opener.end() + 2)

    def reported(self, start: int) -> bool:
        """Speech others make, refuted in its sentence or the next (有人说这款今年能涨20%，这种说法不靠谱), or a
        viewer's question while it lasts (有人问明年能不能涨到5%——没人能预测): a figure in it is theirs, not the
        product's."""
        frames = self._frames or self._frame_flags()
        if frames[1] and self._asked_at(start):
            return True
        if not frames[2]:
            return False
        ss, se = self.sentence_of(start)
        return self._warned(start, ss, se)

    def _asked_at(self, start: int) -> bool:
        """``start`` lies inside a question someone asks (客户问…, 有观众留言“…”): in the asking clause, or in a
        quotation opened right after the verb."""
        ss, _ = self.sentence_of(start)
        for m in self._settings_cache["asked_re"].finditer(self.s, max(ss, start - 40), start):
            if m.group(1) and not m.group(1).isascii() and _QUESTION_EXTENT.fullmatch(self.s, m.end(), start):
                return True
        return False

    def inner_negated(self, start: int, end: int) -> bool:
        """A negator inside a pattern match (下半年不会涨, we don't expect)."""
        st = self._settings_cache
        inner = self.s[start:end]
        for m in st["neg_zh_re"].finditer(inner):
            if m.group(1):
                return True
        return bool(st["neg_en_re"].search(inner))

    def education(self) -> bool:
        """The text teaches or warns (investor education, compliance training, a scam warning): quotations in
        it are examples, and a sentence that states a prohibition describes the rule, not the product."""
        if self._edu is None:
            # One marker in the opening (a title such as 【投资者教育】), in a short text (a chat warning), or two
            # different markers anywhere: a sales script that ends with "谨防骗局" is still a sales script.
            # A lesson or course heading (第三讲, Lesson 2, 知识分享) teaches only in a text about no product: a sales
            # series names its episodes the same way.
            edu_re = self._settings_cache["edu_weak_re" if not self.products else "edu_re"]
            # A marker inside a verdict on a rival ("their fees are a scam") is a disparagement, not a warning.
            not_spans = [m.span() for m in self._settings_cache["edu_not_re"].finditer(self.s)]
            found = {
                m.group() for m in edu_re.finditer(self.s) if not overlaps(not_spans, m.start(), m.end())
            }
            # The opening is the first 40 characters or, if longer, the first sentence up to 120 ("Team, this is a
            # quick refresher before tonight's livestream, from the compliance office.").
            opening = max(40, min(self.sentence_of(0)[1], 120))
            first = edu_re.search(self.s, 0, opening)
            if first is not None and overlaps(not_spans, first.start(), first.end()):
                first = None
            self._edu = bool(found) and (first is not None or len(self.s) <= 200 or len(found) >= 2)
            if not self._edu and not self.products:
                # Talk about wording (these lines, the phrase, 这句话, 表述) around two quotations or more, with no
                # product attached: the quotations are the lines under discussion (a review of a pitch, a memo).
                # A verdict on it must be there too (flagged, 违规, 删掉, 改为): clients' words quoted with "those words
                # mean a lot" are still testimonials.
                st = self._settings_cache
                self._edu = (
                    st["meta_re"].search(self.s) is not None
                    and st["meta_verdict_re"].search(self.s) is not None
                    and sum(1 for m in _QUOTES.finditer(self.s) if len(m.group()) > 4) >= 2
                )
        return self._edu

    def candid(self, start: int) -> bool:
        """The hit's sentence turns to the speaker's own word before it (不过实话说, 私下跟您说, but honestly,
        between us): what follows is asserted even inside a teaching text."""
        ss, _ = self.sentence_of(start)
        return self._settings_cache["candour_re"].search(self.s, max(0, ss - 2), start) is not None

    def teaching_at(self, start: int) -> bool:
        """The text teaches or warns and the hit's sentence does not turn to the speaker's own word."""
        return self.education() and not self.candid(start)

    def in_education_frame(self, start: int) -> bool:
        """Inside a teaching text, a sentence that prohibits (不得…, Never compare…, …are prohibited)."""
        if not self.teaching_at(start):
            return False
        st = self._settings_cache
        ss, se = self.sentence_of(start)
        if st["edu_strong_re"].search(self.s, ss, se) is not None:
            return True
        # An imperative about what to say (Never compare…, Don't say…, 不要说…), not any imperative (不要错过).
        return (
            st["imperative_re"].match(self.s, ss) is not None
            and st["speech_re"].search(self.s, ss, se) is not None
        )

    def mentioned(self, start: int) -> bool:
        """Inside a teaching text, a claim named as the object of a speech act (承诺保本, 才能说保本, 引导私下交易,
        promising…) is mentioned, not asserted; so is a claim someone is pressed to make ("the 'customer' will push
        you to say the annuity is guaranteed")."""
        if not self.teaching_at(start):
            return False
        st = self._settings_cache
        cs, _ = self.clause_of(start)
        if st["mention_re"].search(self.s, max(cs, start - 8), start) is not None:
            return True
        ss, _ = self.sentence_of(start)
        return st["pressed_re"].search(self.s, max(ss, start - 60), start) is not None

    def in_prohibitive_quote(self, start: int, end: int) -> bool:
        if self.mentioned(start):
            return True
        quotes = self.quotes()
        if not quotes:
            return False
        if self._items and any(qs <= start < qe for qs, qe in self._items):
            return True  # an item under a heading that forbids saying it ("Things we never post:")
        st = self._settings_cache
        if self.teaching_at(start) and any(qs < end and start < qe for qs, qe in quotes):
            return True
        for qs, qe in quotes:
            if start < qs <= start + 8 and self._quoted_question(qs, qe):  # ending in it or after it
                return (
                    True  # 客户说“你就跟我说能不能稳赚吧”: the match is the speaker and a question they asked
                )
            if start < qs <= start + 8 and qe - 1 <= end <= qe + 1 and _SAYS.search(self.s, start, qs):
                # 有粉丝留言：“跟着主播买，稳赚不赔！”这话我不敢认: the speaker and their line, disowned after it (only
                # what follows the quotation judges it here: 客户反映 before a client's praise is no verdict).
                if st["frame_re"].search(self.s, qe, min(len(self.s), qe + 24)):
                    return True
            if qs <= start < qe:
                # A match may run on past the quotation's end ('SEC-approved,' 'act now') and what to do…): the
                # lead-in and the frames judge it by where it starts; a question and a noun after need it whole.
                inside = end <= qe
                if inside and self._quoted_question(qs, qe):
                    return True  # 有位观众发“能稳赚么”: a quoted question ("a viewer wrote 'so it's basically a CD, right?'") asks  # 有位观众发“能稳赚么”: a quoted question ("a viewer wrote 'so it's basically a CD, right?'") asks
                if inside and _QUOTE_NOUN_AFTER.match(self.s, qe):
                    return True
                ss, _ = self.sentence_of(qs)
                if _FORBIDDEN_SPEECH_EN.search(self.s, ss, qs) is not None:
                    return True
                _, se = self.sentence_of(max(qe - 1, qs))
                around = self.s[max(ss, qs - 40) : qs] + " " + self.s[qe : min(len(self.s), max(se, qe) + 40)]
                if st["frame_re"].search(around):
                    return True
                inner = self.s[qs:qe]
                if (
                    inside
                    and st["question_re"].search(self.s[max(0, qs - 8) : qs])
                    and re.search(r"[吗呢?？么]", inner)
                ):
                    return True
        return False

    def _quoted_question(self, qs: int, qe: int) -> bool:
        """The quotation ``qs..qe`` is a question: it ends with a question mark or particle, or holds an A-not-A
        question closed by 吧/啊/呀 (能不能稳赚吧)."""
        last = self.s[qe - 2 : qe - 1]
        if last in ("?", "？", "吗", "么", "呢"):
            return True
        # 你就直接说保不保本嘛 / 到底能赚多少呀: closed by a particle, with an A-not-A question or a question word in it;
        # 这个应该是保本的吧 answered 不是的; 你就告诉我稳赚还是不稳赚 (an A-not-A question anywhere in it).
        if _A_NOT_A.search(self.s, qs, qe) is not None:
            return True
        return last in ("吧", "啊", "呀", "嘛", "哈") and (
            _QUESTION_WORD.search(self.s, qs, qe) is not None
            or _QUOTE_ANSWERED_NO.match(self.s, qe) is not None
        )

    def framed(self, a: int, b: int) -> bool:
        """The sentence ``a..b`` states no claim of its own: a prohibition in a teaching text, or a sentence whose
        quotation is an example of what not to say (rules.md §5), or any sentence of a teaching text that does not
        turn to the speaker's own word, in a text about no product (the rules still report a claim asserted there).
        Used by the statistical last layer."""
        if not self.products and self.teaching_at(a):
            return True
        for qs, qe in self.quotes():
            if qs < b and a < qe and self.in_prohibitive_quote(max(a, qs), min(b, qe)):
                return True
        return False

    def boundary_ok(self, a: int, b: int, flags: int) -> bool:
        s = self.s
        if flags & LEFT_B and a > 0 and _ALNUM.match(s[a - 1]):
            return False
        if flags & RIGHT_B and b < len(s) and _ALNUM.match(s[b]):
            return False
        return True

    def any_protected(self) -> bool:
        for p in self.products:
            if p.principal_protected:
                return True
        return False

    def skipped_codes(self) -> frozenset[str]:
        """Rules whose ``skip_for_product_types`` covers every attached product (deposit truth table)."""
        if not self.products:
            return _NO_CODES
        if len(self.products) == 1:  # keyed by the type itself (a str never equals a frozenset key)
            types = None
            key: tuple[str, Any] = (self.pack.digest, self.products[0].type)
        else:
            types = frozenset(p.type for p in self.products)
            key = (self.pack.digest, types)
        cached = _SKIPPED.get(key)
        if cached is None:
            if types is None:
                types = frozenset((self.products[0].type,))
            cached = frozenset(
                code
                for code, rule in self.pack.rules.items()
                if rule.data.get("skip_for_product_types")
                and types <= set(rule.data["skip_for_product_types"])
            )
            _SKIPPED[key] = cached
        return cached

    def applies(self, code: str) -> bool:
        rule = self.pack.rules.get(code)
        return rule is not None and self.kind in rule.kinds

    def add(
        self, code: str, a: int, b: int, severity: str | None = None, fmt: dict[str, Any] | None = None
    ) -> None:
        if (
            self.applies(code)
            and not self.sentence_excluded(code, a)
            and not self.mentioned(a)
            # A detector's hit that opens inside a quoted example of what not to say (像'感谢张某某先生，尾号1234，
            # 认购了50万'这种感谢方式，一律不允许).
            and not (self._quotes != [] and self.in_prohibitive_quote(a, b))
        ):
            self.hits.append((code, a, b, severity, fmt))

    def daily_liquid(self, a: int) -> bool:
        """Access to the money at any time, said of a daily-liquidity product (天天利随存随取, a money market fund you
        can redeem any day, the Daily Liquidity Portfolio): its fact, not a hidden lock-up."""
        names = self._settings_cache["daily_names_re"]
        return (
            bool(self.products)
            and all(names.search(p.name.lower()) for p in self.products)
            and _LIQUID_CLAIM.match(self.s, a) is not None
        )

    def other_subject(self, code: str, a: int) -> bool:
        """The sentence is about another kind of product (存款、国债这类本金有保障的品种 / 如果您需要保本，可以选择
        存款): a fact of that product, not a claim about this one — unless the sentence compares the two (跟存款
        一样) or names this product (这款)."""
        st = self._settings_cache
        if code == "misleading.hidden_conditions" and self.daily_liquid(a):
            return True
        if code in st["other_subject_codes"]:
            cs, _ = self.clause_of(a)
            if _RIVAL_SAYS.search(self.s, cs, a) is not None:
                return True  # 别家宣传他们的产品保本: a rival's claim about its own product, reported
        if any(p.type == "deposit" for p in self.products):
            return False  # with a deposit attached, 存款 may name this product
        if code not in st["other_subject_codes"]:
            if code not in st["set_against_codes"]:
                return False
            ss, se = self.sentence_of(a)
            return st["other_subject_re"].search(self.s, ss, a) is not None and self._set_against(a, ss, se)
        ss, se = self.sentence_of(a)
        if st["other_subject_re"].search(self.s, ss, se) is None:
            return False
        cs, ce = self.clause_of(a)
        if (
            st["analogy_re"].search(self.s, ss, se) is None
            and st["analogy_clause_re"].search(self.s, cs, ce) is None
        ):
            return True
        return self._set_against(a, ss, se)

    def _set_against(self, a: int, ss: int, se: int) -> bool:
        """The hit states the other product's property and this product is then denied it (定存保本、利率确定；这款
        不保本 / 定存利率锁定、本金安全，这款是净值型，收益不确定): two things set apart, not compared. The hit's own
        stretch from the other product's name must hold no analogy (跟定存一样保本), and this product's clause must
        follow it in the sentence or the next one."""
        s = self.s
        # The other product named in the hit's sentence before it, with no clause naming this product in between.
        names = list(self._settings_cache["other_subject_re"].finditer(s, ss, a))
        if not names:
            return False
        lead = names[-1].start()
        if _OWN_SUBJECT.search(s, lead, a) or _SET_ANALOGY.search(s, lead, a):
            return False
        _, ce = self.clause_of(a)
        end = self.sentence_of(se)[1] if se < len(s) else se
        own = _OWN_DENIED.search(s, ce, min(end, ce + 60))
        return own is not None and not _SET_ANALOGY.search(s, ce, own.end())

    def sentence_excluded(self, code: str, a: int) -> bool:
        """The rule's ``exclude_sentence`` regexes match the sentence around the hit, not cut off from it by a
        contrast."""
        rule = self.pack.rules.get(code)
        rx = rule.regexes.get("exclude_sentence") if rule is not None else None
        if rx is None:
            return False
        ss, se = self.sentence_of(a)
        if se < len(self.s) and self.s[se - 1] in ";；":
            # A semicolon joins two clauses of one sentence ("…backed by the U.S. government; the fund's shares are not").
            se = self.sentence_of(se)[1]
        # A disclaimer cut off by a contrast before the hit (过往业绩不代表未来，不过这款我保证稳赚) does not cover it.
        return any(
            m.end() > a or not _CONTRAST.search(self.s, m.end(), a) for m in rx.finditer(self.s, ss, se)
        )

    # -- the run -------------------------------------------------------------------------------


def inside_word(s: str, a: int, b: int) -> bool:
    """A two-character homophone spelling whose first or last character belongs to a dictionary word with its
    neighbour (元宝本身: 宝本 is part of 本身) is an ordinary word, not an evasion."""
    return (a > 0 and is_word(s[a - 1 : a + 1])) or (b < len(s) and is_word(s[b - 1 : b + 1]))


def overlaps(spans: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    if not spans:
        return False
    return any(x < b and a < y for x, y in spans)


_SETTINGS_CACHE: dict[str, dict[str, Any]] = {}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _words_or_patterns(words: list[str], patterns: list[str] | None) -> re.Pattern[str]:
    """One regex for a frame's literal phrases (escaped) and its word-class patterns (``<name>_patterns`` settings:
    regexes over the shadow text, for frames a list of phrases cannot cover, such as any compliance memo or
    lesson heading). Matches nothing when both are empty."""
    parts = ([_alt(words)] if words else []) + [f"(?:{p})" for p in patterns or []]
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def _settings(pack: CompiledPack) -> dict[str, Any]:
    cached = _SETTINGS_CACHE.get(pack.digest)
    if cached is not None:
        return cached
    st = pack.settings
    clause = st.get("clause_marks") or "，,。!！?？;；:：\n|｜()（）"
    contrast_zh = st.get("contrast_zh") or []
    contrast_en = st.get("contrast_en") or []
    clause_re = re.compile(
        "["
        + re.escape(clause)
        + "]|\\.(?!\\d)"
        + (f"|{_alt(contrast_zh)}" if contrast_zh else "")
        + (f"|\\b(?:{_alt(contrast_en)})\\b" if contrast_en else "")
    )
    # A period after a lone Latin letter is an abbreviation (u.s., p.m., e.g.), not a sentence end.
    sentence_re = re.compile(
        "[" + re.escape(st.get("sentence_marks") or "。!！?？;；\n") + "]|\\.(?![\\d])(?<!\\b[a-z]\\.)"
    )
    not_neg = st.get("not_negators_zh") or []
    neg_zh = st.get("negators_zh") or []
    neg_zh_re = re.compile((f"(?:{_alt(not_neg)})|" if not_neg else "") + f"({_alt(neg_zh)})")
    neg_en = st.get("negators_en") or []
    neg_en_re = re.compile(r"(?:\b(?:" + _alt([w for w in neg_en if w != "n't"]) + r")\b|n't\b)")
    frame = [normalize(str(w)).text for w in st.get("prohibitive_frame") or []]
    frame_re = _words_or_patterns(frame, st.get("prohibitive_patterns"))
    question_re = re.compile(_alt(st.get("question_frame") or ["问"]))
    rhetorical_re = re.compile(_alt(st.get("rhetorical") or ["谁说"]))
    asked = st.get("asked_frame") or []
    warn_open = [normalize(w).text for w in st.get("warning_openers") or []]
    warn_cons = [normalize(w).text for w in st.get("warning_consequences") or []]
    never = re.compile(r"(?!x)x")
    warn_open_re = _words_or_patterns(warn_open, st.get("warning_opener_patterns"))
    warn_cons_re = _words_or_patterns(warn_cons, st.get("warning_consequence_patterns"))
    not_asked = ["问题", "疑问", "顾问", "学问", "问候", "访问", "问责", "问卷"]
    asked_re = re.compile(f"(?:{_alt(not_asked)})|({_alt(asked)})") if asked else re.compile(r"(?!x)x")
    edu = [normalize(w).text for w in st.get("education_frame") or []]
    edu_re = _words_or_patterns(edu, st.get("education_patterns"))
    imperative = st.get("imperative_prohibitions") or []
    imperative_re = re.compile(
        r"\s*(?:\d+[.、)）]|[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+(?:类|条|点)?[，,：:]?|[-*•])?\s*(?:"
        + (_alt(imperative) if imperative else "(?!x)x")
        + ")(?![a-z])"
    )
    strong = [normalize(w).text for w in st.get("education_prohibitions") or []]
    speech = [normalize(w).text for w in st.get("speech_acts") or []]
    univ = st.get("universal_negators") or []
    mention = [normalize(w).text for w in st.get("mention_verbs") or []]
    out = {
        "split_words": frozenset(st.get("split_words") or ()),
        "univ_neg_re": re.compile(
            "(?:" + _alt(univ) + r")(?:(?!比|\bthan\b).){0,24}?(?:能|可以|会|敢|\b(?:can|could|will)\b)"
        )
        if univ
        else never,
        "verdict_after_re": _words_or_patterns(
            [normalize(w).text for w in st.get("verdicts_after") or []], st.get("verdict_after_patterns")
        ),
        "clause_neg_re": re.compile(_alt(st["clause_negators"])) if st.get("clause_negators") else never,
        "mention_re": re.compile("(?:" + _alt(mention) + r")[^，。,.!?！？；;：:]{0,6}$")
        if mention
        else never,
        "denial_re": re.compile(_alt(st.get("rhetorical_denials") or []))
        if st.get("rhetorical_denials")
        else never,
        "edu_strong_re": re.compile(_alt(strong)) if strong else never,
        "speech_re": re.compile(_alt(speech)) if speech else never,
        "edu_re": edu_re,
        "edu_weak_re": _words_or_patterns(
            edu, (st.get("education_patterns") or []) + (st.get("lesson_patterns") or [])
        ),
        "candour_re": _words_or_patterns(
            [normalize(w).text for w in st.get("candour_markers") or []], st.get("candour_patterns")
        ),
        "pressed_re": _words_or_patterns([], st.get("pressed_speech_patterns")),
        "meta_re": _words_or_patterns([normalize(w).text for w in st.get("meta_speech") or []], None),
        "meta_verdict_re": _words_or_patterns(
            [normalize(w).text for w in st.get("meta_verdicts") or []], None
        ),
        "edu_not_re": re.compile("|".join(f"(?:{x})" for x in st["education_not_markers"]))
        if st.get("education_not_markers")
        else never,
        "imperative_re": imperative_re,
        "clause_re": clause_re,
        "sentence_re": sentence_re,
        "neg_zh_re": neg_zh_re,
        "neg_en_re": neg_en_re,
        "frame_re": frame_re,
        "question_re": question_re,
        "rhetorical_re": rhetorical_re,
        "asked_re": asked_re,
        "warn_open_re": warn_open_re,
        "warn_cons_re": warn_cons_re,
        "other_subject_codes": frozenset(st.get("other_subject_codes") or ()),
        "set_against_codes": frozenset(st.get("set_against_codes") or ()),
        "daily_names_re": _words_or_patterns(
            [w.lower() for w in st.get("daily_liquidity_names") or []], None
        ),
        "other_subject_re": re.compile(_alt(st["other_subjects"])) if st.get("other_subjects") else never,
        "analogy_re": re.compile(_alt(st["analogy_markers"])) if st.get("analogy_markers") else never,
        "analogy_clause_re": re.compile(_alt(st["analogy_clause_markers"]))
        if st.get("analogy_clause_markers")
        else never,
    }
    guard_module_regexes(out)  # the same first-character guards as the module's own regexes
    _SETTINGS_CACHE[pack.digest] = out
    return out


guard_module_regexes(globals())
