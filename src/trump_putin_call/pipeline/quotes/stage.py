"""The quote stage of one article, step by step (:func:`extract`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.quotes import (
    agents,
    apposed,
    asputs,
    belief,
    continued,
    credited,
    fired_back,
    introduced,
    keep,
    mixed,
    noun_quote,
    nouned,
    parenthetical,
    passive,
    reads,
    roles,
    split,
    tags,
    works,
)
from trump_putin_call.pipeline.quotes.article import _Article
from trump_putin_call.pipeline.quotes.cues import (
    _adjacent_name,
    _choose_cue,
    _cue_tokens,
    _governing_cue,
    _subject,
    _token_at,
)
from trump_putin_call.pipeline.quotes.marks import (
    _NAMING,
    _end_unclosed,
    _is_title,
    _split_attribution,
    _trim,
    find_marks,
    opens_block,
)
from trump_putin_call.pipeline.quotes.quote import QUOTE_RULES, Quote
from trump_putin_call.pipeline.quotes.reported import _indirect
from trump_putin_call.pipeline.quotes.speakers import _introduced_speaker, _speaker
from trump_putin_call.pipeline.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Entity labels that make a cue subject a name, not a thing (:func:`agents.better`).
_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def extract(
    text: str,
    blocks: list[tuple[Block, Doc, list[Sentence]]],
    mentions: list[Mention],
) -> list[Quote]:
    """Quotes of one article, in document order."""
    art = _Article(text, mentions)
    per_block = []
    for block, doc, _sents in blocks:
        art.mark_subjects(block, doc)
    for block, doc, sents in blocks:
        if block.type not in ("paragraph", "list_item"):
            continue
        lo, hi = block.content
        spans = find_marks(text, lo, hi)
        per_block.append((block, doc, sents, spans))

    for n, (_block, _doc, sents, spans) in enumerate(per_block):
        next_opens = False
        if n + 1 < len(per_block):
            nb = per_block[n + 1][0]
            next_opens = opens_block(text, nb.content[0])
        for k, sp in enumerate(spans):
            if sp.closed:
                sp.end = sp.close
            elif k == len(spans) - 1 and next_opens:
                sp.end, sp.continues = sp.close, True
            else:
                sp.end = _end_unclosed(text, sp, sents)
        art.quoted.extend(sp.inner for sp in spans)
    for block, doc, _sents in blocks:
        roles.mark(art, block, doc)

    article_sents = [x for _b, _d, ss, _sp in per_block for x in ss]
    by_index = {b.index: (b, d, ss) for b, d, ss, _sp in per_block}
    single_style = keep.single_mark_style(text, [sp for *_x, spans in per_block for sp in spans])
    quotes: list[Quote] = []
    art.done = quotes
    group = 0
    continuing = False
    for block, doc, sents, spans in per_block:
        offset = block.content[0]
        masked = [(a - offset, b - offset) for a, b in (sp.inner for sp in spans)]
        for k, sp in enumerate(spans):
            start, end = _trim(text, *sp.inner)
            if start >= end:
                continue
            sentence = next((s for s in sents if s.start <= start < s.end), None)
            if sentence is None:
                sentence = min(sents, key=lambda s: abs(s.start - start))
            q = Quote(
                start,
                end,
                text[start:end],
                "direct",
                sp.closed or sp.continues,
                sentence,
                0,
                rules=[QUOTE_RULES] + ([sp.rule] if sp.rule else []),
            )
            before = text[block.content[0] : sp.open]
            opens, after_quote = keep.opens_sentence(before, q.text)
            q.quote_type = "direct" if opens else "partial"
            if after_quote:
                q.rules.append(keep.AFTER_QUOTE)

            # Cue and speaker from the sentences the quote touches (and the one after).
            t_open = _token_at(doc, sp.open - offset)
            t_close = _token_at(doc, min(end, block.end - 1) - offset)
            s_lo = next(s for s in sents if s.token_start <= t_open < s.token_end)
            s_hi = next((s for s in sents if s.token_start <= t_close < s.token_end), s_lo)
            hi_tok, tagged = s_hi.token_end, None
            inner_end = q.text.rstrip("’'")  # "… as, ‘He’s the ringleader,’” Sexton said"
            if text[end : end + 2].startswith((",", "”,", '",')) or inner_end.endswith(","):
                after = [s for s in sents if s.token_start >= hi_tok][:1]
                hi_tok = after[0].token_end if after else hi_tok
            elif q.text.endswith(("!", "?")) and (tag := tags.tag_end(doc, sents, hi_tok)):
                tagged, hi_tok = hi_tok, tag  # "“… coming!” Bush said."
            cues = _cue_tokens(doc, s_lo.token_start, hi_tok, masked)
            before_split = split.continued(text, sents, s_lo)
            if not cues and before_split is not None:
                cues = _cue_tokens(doc, before_split.token_start, hi_tok, masked)
                q.rules += [split.SPLIT_SENTENCE] if cues else []
            t_in0 = _token_at(doc, start - offset)
            t_in1 = _token_at(doc, end - 1 - offset) + 1
            cue = _governing_cue(doc, t_in0, t_in1, cues) or _choose_cue(cues, t_open, t_close)
            bare = tags.right_after(doc, t_close, cues) if q.text[-1:] in ",?!" else None
            if bare is not None:
                if cue is None or bare.i != cue.i:  # "… Moscow denies — “…?” asked Dunn"
                    q.rules.append(tags.AFTER_QUOTE)
                cue = bare
            as_subj = None
            if bare is None and (read := reads.tag(doc, t_close)) is not None:
                cue, as_subj = read  # "“…,” the statement read."
                q.rules.append(reads.RULE)
            if cue is None:  # "“Honestly,” he continued, “we may …”"
                cue = keep.tag_verb(doc, text, offset, sp.open, sp.inner[1] + sp.width)
                q.rules += [keep.SPEECH_TAG] if cue is not None else []
            if cue is None and (as_found := asputs.as_cue(doc, s_lo.token_start, hi_tok)):
                cue, as_subj = as_found  # "as he puts it, “the best thing …”"
                q.rules.append(asputs.AS_PUTS)
            if cue is not None and tagged is not None and cue.i >= tagged:
                q.rules.append(tags.TRAILING)
            if cue is not None:
                subj = as_subj if as_subj is not None else _subject(cue)
                if subj is None and (subj := apposed.name_before(art, cue, offset)) is not None:
                    q.rules.append(apposed.APPOSED)  # "“…,” X, a top adviser, said"
                subj = subj or _adjacent_name(cue)
                if subj is None and (subj := agents.relative_subject(cue)) is not None:
                    q.rules.append(agents.RELATIVE_MISPARSE)  # "X, who like others …, said"
                if subj is None and tags.acl_cue(cue.head) is cue:  # "the nominee, X, tweeted"
                    subj = cue.head
                if subj is None and (subj := tags.inverted_object(cue, t_close)) is not None:
                    q.rules.append(tags.INVERTED)  # "“…,” added a South Carolina Democrat"
                if subj is not None and any(a <= subj.idx < b for a, b in masked):
                    subj = tags.subject_outside(cue, t_close, masked)  # "“We …,” Ramos, 58, told"
                    q.rules.append(tags.OUTSIDE)
                if subj is not None and (
                    up := agents.better(
                        cue,
                        subj,
                        lambda t, o=offset: keep.is_actor(art, t, o, _LABELS),
                        lambda t, m=masked: any(a <= t.idx < b for a, b in m),
                    )
                ):
                    cue, subj = up[:2]  # "X said the plan should reiterate “…”": X says it
                    q.rules.append(up[2])
                if (found := fired_back.speaker(cue, t_open)) is not None and not any(
                    a <= t.idx < b for t in found for a, b in masked
                ):
                    cue, subj = found  # "When X suggested …, Rubio fired back: “…”"
                    q.rules.append(fired_back.RULE)
                if passive.passive_report(cue):  # "Said to have “raised …”, Trump …"
                    subj = None
                    q.rules.append(passive.PASSIVE_REPORT)
                if cue.lower_ == "according":
                    q.cue, q.cue_lemma = "according to", "according to"
                elif nouned.subject(cue) is not None:
                    q.cue, q.cue_lemma = cue.text, nouned.lemma(cue)  # "the memo states “…”"
                    q.rules.append(nouned.NOUNED)
                else:
                    q.cue, q.cue_lemma = cue.text, cue.lemma_.lower()
                if subj is not None and reads.RULE in q.rules:
                    prior = by_index.get(block.index - 1)
                    who = reads.sender(subj, t_open, prior[1] if prior else None)
                    if who is None:
                        reads.as_written(q, subj, offset, text)  # not the latest organisation
                    else:  # "A coalition … sent a letter" ¶ "“…,” it read."
                        at = offset if who.doc is doc else prior[0].content[0]
                        _speaker(art, who, at, q)
                elif subj is not None:
                    _speaker(art, subj, offset, q)
            elif q.quote_type == "direct":
                root = doc[s_lo.token_start : s_lo.token_end].root
                subj = _subject(root) if root.pos_ in ("VERB", "AUX") else None
                if subj is not None and not any(a <= subj.idx < b for a, b in masked):
                    _speaker(art, subj, offset, q)
                    q.rules.append("rule:sentence_subject")
                if q.speaker_text is None:  # "“…”" ¶ "- Sanders."
                    below = by_index.get(block.index + 1, (None,))[0]
                    credited.credit(art, q, block, below, end)
                if q.speaker_text is None:  # "He listed them:" ¶ "“Has the candidate …?"
                    here, prior = (block, doc, sents), by_index.get(block.index - 1)
                    introduced.introduce(art, q, here, prior, sp.open, _speaker)
                if q.speaker_text is None:
                    _introduced_speaker(art, q, article_sents, s_lo, (sp.open, sp.inner[1]))
                # the quote before it in the text (indirect ones are collected per block)
                earlier = [x for x in quotes if x.start < q.start]
                prev = max(earlier, key=lambda x: x.start) if earlier else None
                if (
                    q.speaker_text is None
                    and prev is not None
                    and prev.speaker_text
                    and prev.sentence.block.index >= block.index - 1
                ):
                    q.speaker_start, q.speaker_end = prev.speaker_start, prev.speaker_end
                    q.speaker_text, q.speaker = prev.speaker_text, prev.speaker
                    q.speaker_name = prev.speaker_name
                    q.rules.append("rule:follow_on")
            joins = (
                bool(quotes)
                and quotes[-1].sentence.block is block
                and quotes[-1].text.endswith(",")
                and _split_attribution(text, quotes[-1].end, start)
            )  # "“A,” she continued, “and B.”": the second piece needs no cue of its own
            if q.cue is None and keep.captioned(text, sp.inner[1] + sp.width):
                continue  # "“Yes to minaret ban” (2009)": a poster's words, dated
            if (
                (q.cue is None and q.quote_type == "direct") or works.title_words(q.text)
            ) and keep.bylined(text, sp.inner[1] + sp.width):
                continue  # "“Met accused of …,” by Post’s Kathianne Boniello": a headline
            if not single_style and keep.single_marked(text, sp) and not (continuing and k == 0):
                continue  # "Justice vows to be 'more circumspect'": headline style
            acting = None
            if q.quote_type == "partial" and q.cue is None and not joins:
                acting = keep.acting_subject(
                    doc,
                    keep.quote_root(doc, t_in0, t_in1),
                    lambda t, o=offset: keep.is_actor(art, t, o),
                    lambda t, m=masked: any(a <= t.idx < b for a, b in m),
                )
                last = quotes[-1] if quotes else None
                held = noun_quote.noun_holder(
                    doc,
                    keep.quote_root(doc, t_in0, t_in1),
                    lambda t, m=masked: any(a <= t.idx < b for a, b in m),
                )
                if held is not None:  # "Trump’s assertion that “thousands” … celebrated"
                    acting = None
                    q.cue, q.cue_lemma = held[0].text, held[0].lemma_.lower()
                    _speaker(art, held[1], offset, q)
                    q.rules.append(noun_quote.NOUN_QUOTE)
                elif acting is not None:
                    q.cue, q.cue_lemma = acting[0].text, acting[0].lemma_.lower()
                    _speaker(art, acting[1], offset, q)
                    q.rules.append(keep.ACTING)  # "Rubio bemoaned … “literally hate each other”"
                elif (
                    acting := belief.believer(
                        doc,
                        keep.quote_root(doc, t_in0, t_in1),
                        lambda t, o=offset: keep.is_actor(art, t, o),
                        lambda t, m=masked: any(a <= t.idx < b for a, b in m),
                    )
                ) is not None:
                    q.cue, q.cue_lemma = acting[0].text, acting[0].lemma_.lower()
                    _speaker(art, acting[1], offset, q)
                    q.rules.append(belief.BELIEF)  # "Brenn is convinced it was “rigged”"
                elif (
                    last is not None
                    and len(q.text.split()) >= keep.MIN_FOLLOW_WORDS
                    and keep.just_quoted(last, sentence, sents)
                ):
                    keep.same_speaker(q, last)  # "… ,” Trump said. Instead, “he just acts …”"
                else:
                    continue  # scare quotes and titles: no speech without a cue
            if _is_title(q.text, before):
                namer = cue if cue is not None else acting[0] if acting is not None else None
                if (
                    keep.names_it(before)
                    and namer is not None
                    and keep.named_by_speaker(
                        namer, lambda t, o=offset: keep.is_actor(art, t, o, ("PERSON",))
                    )
                ):
                    q.rules.append(keep.NAMING)  # what they called “financial supermarkets”
                elif (
                    q.quote_type == "direct"
                    and cue is not None
                    and keep.active_cue(cue)
                    and not _NAMING.search(before.rstrip())
                    and keep.cue_beside(
                        text,
                        sp.open,
                        sp.inner[1] + sp.width,
                        cue.idx + offset,
                        cue.idx + offset + len(cue),
                    )
                ):
                    q.rules.append(keep.ADJACENT_CUE)  # "“Really,” she added"
                elif (
                    cue is not None
                    and len(q.text.split()) <= keep.MAX_IN_CONTENT_WORDS
                    and not _NAMING.search(before.rstrip())
                    and keep.in_content_clause(doc, t_in0, cue, before)
                ):
                    q.rules.append(keep.IN_CONTENT)  # "said it could lead to “Holocaust.”"
                elif (
                    q.quote_type == "direct"
                    and q.speaker_text is not None
                    and quotes
                    and quotes[-1].sentence.block is block
                    and keep.own_sentence(before, q.text)
                ):
                    q.rules.append(keep.OWN_SENTENCE)  # "… told delegates. “Donald Trump.”"
                else:
                    continue  # a name or title in marks ("the film “Dune”"), not speech
            if keep.AFTER_QUOTE in q.rules:
                keep.cue_of_previous(q, quotes[-1] if quotes else None)
            if continuing and k == 0 and quotes:
                q.group = quotes[-1].group
                q.quote_type = quotes[-1].quote_type
                if q.speaker_text is None:
                    q.speaker_start, q.speaker_end = (
                        quotes[-1].speaker_start,
                        quotes[-1].speaker_end,
                    )
                    q.speaker_text, q.speaker = quotes[-1].speaker_text, quotes[-1].speaker
                    q.speaker_name = quotes[-1].speaker_name
                    q.rules.append("rule:multi_paragraph")
            elif (
                quotes
                and quotes[-1].sentence.block is block
                and quotes[-1].text.endswith(",")
                and quotes[-1].speaker_text
                and _split_attribution(text, quotes[-1].end, start)
            ):
                q.group = quotes[-1].group
                q.quote_type = quotes[-1].quote_type  # "“A,” she said, “and B.”": one utterance
                if q.cue is None:
                    q.cue, q.cue_lemma = quotes[-1].cue, quotes[-1].cue_lemma
                    q.speaker_start, q.speaker_end = (
                        quotes[-1].speaker_start,
                        quotes[-1].speaker_end,
                    )
                    q.speaker_text, q.speaker = quotes[-1].speaker_text, quotes[-1].speaker
                    q.speaker_name = quotes[-1].speaker_name
                q.rules.append("rule:split_attribution")
            else:
                group += 1
                q.group = group
            quotes.append(q)
            continuing = False
        continuing = bool(spans) and spans[-1].continues
        marks = [(sp.open - offset, sp.inner[1] + sp.width - offset) for sp in spans]
        for q in _indirect(art, block, doc, sents, marks):
            if mixed.orphan(q, quotes):
                continue  # "called for X after … its 'Reform Act'": a title, not a quote
            linked = mixed.link(q, quotes) if mixed.MIXED in q.rules else None
            piece = parenthetical.link(q, quotes) if q.link is not None else None
            if piece is not None and linked is not None:  # "A, she said, is “B”": one group
                for x in quotes:
                    x.group = piece if x.group == linked else x.group
            linked = piece if piece is not None else linked
            if linked is None:
                group += 1
            q.group = group if linked is None else linked
            quotes.append(q)
    art.resolve_unnamed(quotes)
    quotes.sort(key=lambda q: q.start)
    continued.extend(text, quotes)
    return quotes
