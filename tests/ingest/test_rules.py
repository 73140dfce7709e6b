"""The rule extractor on short Persian sentences: one linguistic pattern per case.

Each case names the construction it exercises; none is taken from an
evaluation article. Labels are the KB's Persian labels.
"""

from __future__ import annotations

import datetime as dt

import pytest

from peyvand.records import SYMMETRIC, Article

DATE = dt.date(2024, 5, 6)
NATO = "سازمان پیمان آتلانتیک شمالی"
US = "ایالات متحده آمریکا"


def facts(extractor, text: str, date: dt.date | None = DATE) -> set[tuple[str, str, str, str]]:
    x = extractor.extract(Article("t", text, published=date))
    label = {e.id: e.label for e in x.entities}
    out = set()
    for f in x.facts:
        a, b = label[f.subject], label[f.object]
        if f.predicate in SYMMETRIC and b < a:
            a, b = b, a
        out.add((a, f.predicate, b, f.status))
    return out


CASES = [
    # roles by apposition, either order, with titles and guillemets
    ("«پیتر هاینس»، وزیر دفاع نروژ، گفت.", {("پیتر هاینس", "ministerOf", "نروژ", "occurred")}),
    ("وزیر امور خارجه شیلی، آلبرتو وان کلاورن، گفت.", {("آلبرتو وان کلاورن", "ministerOf", "شیلی", "occurred")}),
    ("دریاسالار کارلوس مورا، فرمانده نیروی دریایی پرو، افزود.", {("کارلوس مورا", "commanderOf", "جمهوری پرو", "occurred")}),
    ("تامیم هاینز (Tamim Hines)، نخست‌وزیر فیجی، گفت.", {("تامیم هاینز", "leaderOf", "فیجی", "occurred")}),
    # a post, then a name without commas: a common given name with an unknown surname; a rank in between
    ("وزیر دفاع ایران عزیز نصیرزاده روز شنبه گفت.", {("عزیز نصیرزاده", "ministerOf", "ایران", "occurred")}),
    ("وزیر دفاع ایران سرتیپ عزیز نصیرزاده گفت.", {("عزیز نصیرزاده", "ministerOf", "ایران", "occurred")}),
    ("وزیر دفاع آمریکا امروز گفت.", set()),
    # a given name and a surname the lexicon does not know make a person, with no post or title around
    ("اتحادیه اروپا رضا کاظمی‌نیا و مهدی تقوی‌پور را تحریم کرد.",
     {("اتحادیه اروپا", "sanctions", "رضا کاظمی‌نیا", "occurred"), ("اتحادیه اروپا", "sanctions", "مهدی تقوی‌پور", "occurred")}),
    ("علی‌رغم هشدارها، آمریکا به یمن حمله کرد.", {(US, "attacks", "یمن", "occurred")}),
    ("کانادا حسن کریمی، علی قاسمی و محمدرضا تنگستانی‌نژاد را تحریم کرد.",  # a list; a surname in the names list
     {("کانادا", "sanctions", "حسن کریمی", "occurred"), ("کانادا", "sanctions", "علی قاسمی", "occurred"),
      ("کانادا", "sanctions", "محمدرضا تنگستانی‌نژاد", "occurred")}),
    # a company named in guillemets after its nationality is the company; unnamed companies are the state's
    ("واشنگتن شرکت چینی «هوآیو» را تحریم کرد.", {(US, "sanctions", "هوآیو", "occurred")}),
    ("آمریکا شرکت‌های چینی را تحریم کرد.", {(US, "sanctions", "چین", "occurred")}),
    # «… دیدار کرد و دو طرف … امضا کردند»: the pair named earlier in the same sentence
    ("رجب طیب اردوغان در سفر به باکو با الهام علی‌اف دیدار کرد و دو طرف «تفاهم‌نامه همکاری دفاعی» امضا کردند.",
     {("رجب طیب اردوغان", "visits", "جمهوری آذربایجان", "occurred"), ("الهام علی‌اف", "meetsWith", "رجب طیب اردوغان", "occurred"),
      ("جمهوری آذربایجان", "cooperatesWith", "ترکیه", "occurred"), ("جمهوری آذربایجان", "signsAgreementWith", "ترکیه", "occurred")}),
    # a mutual-defence clause makes the signatories allies; a treaty without one does not
    ("روسیه و کره شمالی پیمان مشارکت راهبردی جامع امضا کردند که شامل بند دفاع متقابل است.",
     {("روسیه", "cooperatesWith", "کره شمالی", "occurred"), ("روسیه", "signsAgreementWith", "کره شمالی", "occurred"),
      ("روسیه", "alliedWith", "کره شمالی", "occurred")}),
    ("ایران و روسیه معاهده همکاری جامع امضا کردند که بند دفاع متقابل ندارد.",
     {("روسیه", "cooperatesWith", "ایران", "occurred"), ("روسیه", "signsAgreementWith", "ایران", "occurred")}),
    ("پوتین و کیم جونگ اون پیمان مشارکت راهبردی جامع را امضا کردند. بر اساس ماده ۴ این سند، هرگاه یکی از دو کشور "
     "هدف تجاوز مسلحانه قرار گیرد، طرف دیگر بی‌درنگ به آن کمک خواهد کرد.",
     {("روسیه", "cooperatesWith", "کره شمالی", "occurred"), ("کیم جونگ اون", "signsAgreementWith", "ولادیمیر پوتین", "occurred"),
      ("کیم جونگ اون", "meetsWith", "ولادیمیر پوتین", "occurred"), ("روسیه", "alliedWith", "کره شمالی", "occurred")}),
    # a post, then a name made of given names only
    ("نخست‌وزیر مالزی انور ابراهیم گفت.", {("انور ابراهیم", "leaderOf", "مالزی", "occurred")}),
    # a former post is not a current one
    ("یان کوبیس، وزیر دفاع سابق اسلواکی، گفت.", set()),
    ("مجارستان به عنوان عضو اتحادیه اروپا با تحریم‌های جدید علیه روسیه مخالفت کرد.",
     {("مجارستان", "memberOf", "اتحادیه اروپا", "occurred")}),
    # asking to join or to cooperate is planned; «به X» after a noun that takes no «به» is the verb's
    ("ترکیه خواستار عضویت در سازمان همکاری شانگهای شد.", {("ترکیه", "memberOf", "سازمان همکاری شانگهای", "planned")}),
    ("ایران خواهان همکاری نظامی با روسیه است.", {("ایران", "cooperatesWith", "روسیه", "planned")}),
    ("سوئد رسماً به عنوان سی و دومین عضو به ناتو پیوست.", {("سوئد", "memberOf", NATO, "occurred")}),
    # a strategic/defence partnership signed is an agreement and a cooperation
    ("فرانسه و یونان شراکت دفاعی راهبردی امضا کردند.",
     {("فرانسه", "cooperatesWith", "یونان", "occurred"), ("فرانسه", "signsAgreementWith", "یونان", "occurred")}),
    # hosting: «پذیرای X بود»
    ("امانوئل مکرون روز دوشنبه در کاخ الیزه پذیرای ولودیمیر زلنسکی بود.",
     {("امانوئل مکرون", "meetsWith", "ولودیمیر زلنسکی", "occurred")}),
    # an acting minister holds the post
    ("امیرخان متقی، سرپرست وزارت خارجه طالبان، با او دیدار کرد.", {("امیرخان متقی", "ministerOf", "طالبان", "occurred")}),
    # memberships by apposition, «به عنوان عضو», «کشورهای عضو X از جمله A، B و C»; opposing sanctions imposes none
    ("فنلاند، عضو جدید ناتو، مرز خود را بست.", {("فنلاند", "memberOf", NATO, "occurred")}),
    ("کشورهای عضو سازمان همکاری شانگهای از جمله چین، روسیه و ایران بیانیه‌ای صادر کردند.",
     {("چین", "memberOf", "سازمان همکاری شانگهای", "occurred"), ("روسیه", "memberOf", "سازمان همکاری شانگهای", "occurred"),
      ("ایران", "memberOf", "سازمان همکاری شانگهای", "occurred")}),
    # memberships
    ("فنلاند عضو ناتو است.", {("فنلاند", "memberOf", NATO, "occurred")}),
    ("ترکیه و یونان هر دو از اعضای ناتو هستند.",
     {("ترکیه", "memberOf", NATO, "occurred"), ("یونان", "memberOf", NATO, "occurred")}),
    ("سوئد رسماً به ناتو پیوست.", {("سوئد", "memberOf", NATO, "occurred")}),
    ("اوکراین قصد دارد به ناتو بپیوندد.", {("اوکراین", "memberOf", NATO, "planned")}),  # intent → planned
    # attacks, threats, sanctions, threat perception
    ("اسرائیل مواضع حزب‌الله در جنوب لبنان را بمباران کرد.", {("اسرائیل", "attacks", "حزب‌الله لبنان", "occurred")}),
    ("آمریکا ایران را تهدید کرد.", {(US, "threatens", "ایران", "occurred")}),
    ("کره شمالی به آمریکا و کره جنوبی هشدار داد.",  # coordinated objects
     {("کره شمالی", "threatens", US, "occurred"), ("کره شمالی", "threatens", "کره جنوبی", "occurred")}),
    ("اتحادیه اروپا روسیه را تحریم کرد.", {("اتحادیه اروپا", "sanctions", "روسیه", "occurred")}),
    ("آمریکا تحریم‌های جدیدی علیه ونزوئلا اعمال کرد.", {(US, "sanctions", "ونزوئلا", "occurred")}),
    ("ژاپن چین را تهدیدی برای امنیت منطقه دانست.", {("ژاپن", "perceivesThreatFrom", "چین", "occurred")}),
    ("روسیه تهدیدی جدی برای امنیت لهستان است.", {("لهستان", "perceivesThreatFrom", "روسیه", "occurred")}),
    ("استرالیا از افزایش قدرت نظامی چین ابراز نگرانی کرد.", {("استرالیا", "perceivesThreatFrom", "چین", "occurred")}),
    # cooperation, agreements, alliances, arms
    ("هند و فرانسه رزمایش دریایی مشترک برگزار کردند.", {("فرانسه", "cooperatesWith", "هند", "occurred")}),
    ("مصر با عربستان سعودی رزمایش مشترک برگزار خواهد کرد.", {("عربستان سعودی", "cooperatesWith", "مصر", "planned")}),
    ("آمریکا متحد اصلی اسرائیل است.", {("اسرائیل", "alliedWith", US, "occurred")}),
    ("فرانسه ۲۴ جنگنده رافال به مصر فروخت.", {("فرانسه", "suppliesArmsTo", "مصر", "occurred")}),
    ("آلمان سامانه پدافند هوایی به اوکراین تحویل داد.", {("آلمان", "suppliesArmsTo", "اوکراین", "occurred")}),
    ("هند موشک براهموس از روسیه خریداری کرد.", {("روسیه", "suppliesArmsTo", "هند", "occurred")}),  # buyer ↔ seller
    ("ترکیه پهپادها را در اختیار اوکراین قرار داد.", {("ترکیه", "suppliesArmsTo", "اوکراین", "occurred")}),
    # visits and status; an unnamed official's trip is not a visit by the state (gold names visitors)
    ("وزیر دفاع ایتالیا به لیبی سفر کرد.", set()),
    ("اگر ایران به اسرائیل حمله کند، آمریکا پاسخ خواهد داد.", set()),  # a condition asserts nothing
    ("مقامات آمریکا فروش سلاح به تایوان را تکذیب کردند.", {(US, "suppliesArmsTo", "تایوان", "negated")}),
    ("نیروهای ترکیه هیچ حمله‌ای به سوریه نکردند.", {("ترکیه", "attacks", "سوریه", "negated")}),
    # armed groups, places struck, warnings, exercises, relative clauses
    ("ارتش پاکستان به مخفیگاه‌های طالبان پاکستان در ولایت خوست حمله کرد.",  # the group and the place named
     {("ولایت خوست", "locatedIn", "افغانستان", "occurred"), ("پاکستان", "attacks", "تحریک طالبان پاکستان", "occurred"), ("پاکستان", "attacks", "ولایت خوست", "occurred")}),
    ("اسرائیل با موشک به منطقه‌ی بعلبک حمله کرد.",
     {("اسرائیل", "attacks", "بعلبک", "occurred"), ("بعلبک", "locatedIn", "لبنان", "occurred")}),
    ("وزیر دفاع ترکیه هشدار داد: «اگر یونان به این اقدامات ادامه دهد، پاسخ خواهیم داد.»",
     {("ترکیه", "threatens", "یونان", "occurred")}),
    ("رزمایش «شیر آفریقا» با حضور نظامیان آمریکا، مراکش و تونس برگزار شد.",
     {("مراکش", "cooperatesWith", US, "occurred"), (US, "cooperatesWith", "تونس", "occurred"),
      ("مراکش", "cooperatesWith", "تونس", "occurred")}),
    ("گزارش‌ها از حوثی‌ها که از سوی ایران تسلیح می‌شوند خبر می‌دهد.",
     {("ایران", "suppliesArmsTo", "انصارالله", "occurred")}),
    # «بلوچستان» is ambiguous; after Iran's province was named, «بلوچستان پاکستان» is still Pakistan's
    ("سپاه پاسداران در استان سیستان و بلوچستان رزمایش برگزار کرد. شهر کویته در ایالت بلوچستان پاکستان قرار دارد.",
     {("کویته", "locatedIn", "پاکستان", "occurred")}),
    # passive attacks: the subject is hit; the agent is the genitive or «از سوی»; no agent, no fact
    ("شهر خارکیف مورد حمله موشکی روسیه قرار گرفت.", {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred")}),
    ("اوکراین و گرجستان از سوی روسیه مورد تهاجم قرار گرفتند.",
     {("روسیه", "attacks", "اوکراین", "occurred"), ("روسیه", "attacks", "گرجستان", "occurred")}),
    ("سفارت آمریکا در بغداد هدف حمله راکتی قرار گرفت.", set()),
    ("روسیه شهر خارکیف را با موشک بالستیک مورد حمله قرار داد.", {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred")}),
    # an operation against an actor, named in guillemets on the way
    ("ارتش ترکیه عملیاتی با نام «شمشیر» را علیه مواضع پ‌ک‌ک در استان دهوک آغاز کرد.",
     {("استان دهوک", "locatedIn", "عراق", "occurred"), ("ترکیه", "attacks", "حزب کارگران کردستان", "occurred"), ("ترکیه", "attacks", "استان دهوک", "occurred")}),
    # a warning about another's arms sale: the warner neither sells nor warns the buyer; «هشدار داد» is no gift
    ("چین به آمریکا درباره فروش تسلیحات به تایوان هشدار داد.", {("چین", "threatens", US, "occurred")}),
    # joining, in two more wordings
    ("مقدونیه شمالی به ناتو ملحق شد.", {("مقدونیه شمالی", "memberOf", NATO, "occurred")}),
    ("مونته‌نگرو به عضویت ناتو درآمد.", {("مونته‌نگرو", "memberOf", NATO, "occurred")}),
    # a missile that falls into a sea attacks no one
    ("کره شمالی یک موشک بالستیک به سمت دریای ژاپن شلیک کرد.", set()),
    # a joint patrol; a joint operation against a third party is also an attack by both
    ("هند و فرانسه گشت‌زنی دریایی مشترک در اقیانوس هند انجام دادند.",
     {("فرانسه", "cooperatesWith", "هند", "occurred")}),
    ("اردن و مصر عملیاتی مشترک علیه داعش انجام دادند.",
     {("اردن", "cooperatesWith", "مصر", "occurred"), ("اردن", "attacks", "داعش", "occurred"),
      ("مصر", "attacks", "داعش", "occurred")}),
    # a threat whose content follows without «که»: the threatened attack is not asserted
    ("کره شمالی تهدید کرد ژاپن را با موشک هدف قرار خواهد داد.", {("کره شمالی", "threatens", "ژاپن", "occurred")}),
    ("روسیه هشدار داد لهستان را هدف قرار خواهد داد.", {("روسیه", "threatens", "لهستان", "occurred")}),
    # an unknown name sanctioned is a body
    ("آمریکا روز دوشنبه روس‌اتم را تحریم کرد.", {(US, "sanctions", "روس‌اتم", "occurred")}),
    # an unknown or rare name struck is a place; plurals and adjectives are not
    ("نیروهای روسیه به آودیوکا حمله کردند.", {("روسیه", "attacks", "آودیوکا", "occurred")}),
    ("جنگنده‌های اسرائیلی، بعلبک را بمباران کردند.",
     {("اسرائیل", "attacks", "بعلبک", "occurred"), ("بعلبک", "locatedIn", "لبنان", "occurred")}),
    ("ارتش سوریه مواضع تروریست‌ها را بمباران کرد.", set()),
    # «X، واقع در Y،» says where X is
    ("پایگاه هوایی العدید، واقع در قطر، بزرگ‌ترین پایگاه آمریکا در منطقه است.",
     {("العدید", "locatedIn", "قطر", "occurred")}),
    # an ambiguous name after a place head is part of the place's name
    ("جنگنده‌های اسرائیلی شهر خان یونس را بمباران کردند.",
     {("اسرائیل", "attacks", "خان یونس", "occurred"), ("خان یونس", "locatedIn", "فلسطین", "occurred")}),
    # a place the lexicon does not know, named by its head noun
    ("جنگنده‌های اسرائیلی شهر بیت‌زرافه را بمباران کردند.", {("اسرائیل", "attacks", "شهر بیت‌زرافه", "occurred")}),
    # places listed after a plural head are each struck; the object's own genitive too
    ("جنگنده‌های ترکیه مواضع پ‌ک‌ک در مناطق متینا، زاپ و آواشین را بمباران کردند.",
     {("ترکیه", "attacks", "حزب کارگران کردستان", "occurred"), ("ترکیه", "attacks", "متینا", "occurred"),
      ("ترکیه", "attacks", "زاپ", "occurred"), ("ترکیه", "attacks", "آواشین", "occurred")}),
    ("ارتش آذربایجان مواضع ارمنستان در مناطق مرزی را هدف قرار داد.",  # «مناطق مرزی» names no place
     {("جمهوری آذربایجان", "attacks", "ارمنستان", "occurred")}),
    # a claim of responsibility: for the attack it names, or for the attack with no attacker just reported
    ("جنبش الشباب مسئولیت حمله به نیروهای آمریکایی را بر عهده گرفت.", {("الشباب", "attacks", US, "occurred")}),
    ("تأسیسات نفتی عربستان مورد حمله پهپادی قرار گرفت. یحیی سریع، سخنگوی نظامی حوثی‌ها، مسئولیت این عملیات را بر عهده گرفت.",
     {("انصارالله", "attacks", "عربستان سعودی", "occurred")}),
    ("سفارت آمریکا در بغداد هدف حمله راکتی قرار گرفت. هیچ گروهی مسئولیت این حمله را بر عهده نگرفت.", set()),
    # condemning an attack on X is no threat seen in X
    ("شورای امنیت حمله به پایگاه آمریکا را محکوم کرد.", set()),
    # visits: a delegation arriving is no state's body; «شیخ» inside a name; a trip in an adjunct is its genitive's
    ("آندری بلوسوف، وزیر دفاع روسیه، که در رأس یک هیئت نظامی وارد هانوی شده بود، گفت.",
     {("آندری بلوسوف", "ministerOf", "روسیه", "occurred"), ("آندری بلوسوف", "visits", "ویتنام", "occurred")}),
    ("حسن شیخ محمود، رئیس‌جمهور سومالی، در سفر به آنکارا با اردوغان دیدار کرد.",
     {("حسن شیخ محمود", "leaderOf", "سومالی", "occurred"), ("حسن شیخ محمود", "visits", "ترکیه", "occurred"),
      ("حسن شیخ محمود", "meetsWith", "رجب طیب اردوغان", "occurred")}),
    ("ترکیه در جریان سفر سه روزه شهباز شریف، نخست‌وزیر پاکستان، به آنکارا قراردادی امضا کرد.",
     {("شهباز شریف", "leaderOf", "پاکستان", "occurred"), ("شهباز شریف", "visits", "ترکیه", "occurred")}),
    # sanctions: ended or lifted is negated, extended is imposed; an apposition inside the object list; carriers
    ("آمریکا به تحریم‌ها علیه کوبا پایان داد.", {(US, "sanctions", "کوبا", "negated")}),
    ("واشنگتن با رفع تحریم‌ها علیه ونزوئلا موافقت کرد.", {(US, "sanctions", "ونزوئلا", "negated")}),
    ("شورای اتحادیه اروپا تحریم‌های «پهپادی» علیه ایران را یک سال دیگر تمدید کرد.",
     {("اتحادیه اروپا", "sanctions", "ایران", "occurred")}),
    ("وزارت خزانه‌داری آمریکا شرکت کشتیرانی چین و محمد رضایی، وزیر دفاع ایران، را تحریم کرد.",
     {(US, "sanctions", "چین", "occurred"), (US, "sanctions", "محمد رضایی", "occurred"),
      ("محمد رضایی", "ministerOf", "ایران", "occurred")}),
    ("کانادا هواپیمایی ماهان و هواپیمایی قشم را تحریم کرد.",
     {("کانادا", "sanctions", "هواپیمایی ماهان", "occurred"), ("کانادا", "sanctions", "هواپیمایی قشم", "occurred")}),
    ("آلبانی روابط خود با جمهوری اسلامی را قطع کرد و جمهوری اسلامی را تهدید کرد.",
     {("آلبانی", "threatens", "ایران", "occurred"), ("آلبانی", "perceivesThreatFrom", "ایران", "occurred"),
      ("آلبانی", "sanctions", "ایران", "occurred")}),
    # appointments «به ریاست/فرماندهی … منصوب شد»; a name after the appointer's post is the one appointed;
    # «امیر» before a surname is a rank
    ("سرلشکر عبدالرحیم موسوی به ریاست ستاد کل نیروهای مسلح ایران منصوب شد.",
     {("عبدالرحیم موسوی", "commanderOf", "ایران", "occurred")}),
    ("رهبر ایران سرلشکر عبدالرحیم موسوی را به ریاست ستاد کل نیروهای مسلح منصوب کرد.",
     {("عبدالرحیم موسوی", "commanderOf", "ایران", "occurred")}),
    ("امیر حاتمی به فرماندهی کل ارتش ایران منصوب شد.", {("حاتمی", "commanderOf", "ایران", "occurred")}),
    ("ژنرال رومئو براونر، رئیس ستاد نیروهای مسلح فیلیپین، گفت.", {("رومئو براونر", "commanderOf", "فیلیپین", "occurred")}),
    # «تسلیحاتی» (weaponry) is an adjective, not «تسلیح» (arming) with a genitive
    ("وزیر دفاع ایران در نمایشگاه تسلیحاتی مسکو شرکت کرد.", set()),
    ("ایران حوثی‌ها را تسلیح می‌کند.", {("ایران", "suppliesArmsTo", "انصارالله", "occurred")}),
    # a shipment of weapons; founding members
    ("نخستین محموله تسلیحات ترکیه به سومالی رسید.", {("ترکیه", "suppliesArmsTo", "سومالی", "occurred")}),
    ("نروژ از اعضای بنیان‌گذار ناتو است.", {("نروژ", "memberOf", NATO, "occurred")}),
    # exercise participants join its hosts (a star, not a clique); abstaining is negated; a yearly exercise is held
    ("رزمایش «کوبرا گلد» به‌طور مشترک از سوی نیروهای مسلح تایلند و ایالات متحده هر سال برگزار می‌شود. "
     "اندونزی و مالزی نیز در این رزمایش شرکت دارند. میانمار در این رزمایش شرکت ندارد.",
     {(US, "cooperatesWith", "تایلند", "occurred"),
      ("اندونزی", "cooperatesWith", "تایلند", "occurred"), (US, "cooperatesWith", "اندونزی", "occurred"),
      ("مالزی", "cooperatesWith", "تایلند", "occurred"), (US, "cooperatesWith", "مالزی", "occurred"),
      ("میانمار", "cooperatesWith", "تایلند", "negated"), (US, "cooperatesWith", "میانمار", "negated")}),
    ("رزمایش دریایی مشترک هند و فرانسه آغاز شد. این رزمایش با مشارکت امارات در دریای عرب برگزار می‌شود.",
     {("هند", "cooperatesWith", "فرانسه", "occurred"), ("امارات متحده عربی", "cooperatesWith", "هند", "occurred"),
      ("امارات متحده عربی", "cooperatesWith", "فرانسه", "occurred")}),
    ("ایتالیا برای نخستین بار در این رزمایش شرکت کرده است.", set()),  # no exercise in focus; «شرکت کرده» is no company
    # a conditional warning threatens the condition's actor and the one struck in the consequence
    ("وزیر دفاع آمریکا هشدار داد اگر حوثی‌ها اشتباه کنند، آمریکا «یمن را با خاک یکسان می‌کند».",
     {(US, "threatens", "انصارالله", "occurred"), (US, "threatens", "یمن", "occurred")}),
    ("لوید آستین، وزیر دفاع آمریکا، هشدار داد اگر حوثی‌ها به حملات ادامه دهند، آمریکا «یمن را با خاک یکسان می‌کند».",
     {("لوید آستین", "ministerOf", US, "occurred"), (US, "threatens", "انصارالله", "occurred"), (US, "threatens", "یمن", "occurred")}),
    # conditional threats in someone's words; «پاسخ X به Y … خواهد بود»; «در صورت مخالفت X»; a verdict verb is no threat
    ("وزیر دفاع هند گفت: ما خواهان جنگ نیستیم، اما اگر پاکستان به مرزهای ما حمله کند، پاسخ ما کوبنده خواهد بود.",
     {("هند", "threatens", "پاکستان", "occurred")}),
    ("سخنگوی ارتش اسرائیل گفت پاسخ تل‌آویو به ایران «دردناک» خواهد بود.", {("اسرائیل", "threatens", "ایران", "occurred")}),
    ("ترامپ تهدید کرده بود در صورت مخالفت اوتاوا، تعرفه‌هایی بسیار بالا بر کانادا وضع خواهد کرد.",
     {("دونالد ترامپ", "threatens", "کانادا", "occurred")}),
    ("وزارت دفاع ژاپن همکاری نظامی روسیه و چین را «تهدیدی جدی» توصیف کرد.",
     {("ژاپن", "perceivesThreatFrom", "روسیه", "occurred"), ("ژاپن", "perceivesThreatFrom", "چین", "occurred"),
      ("روسیه", "cooperatesWith", "چین", "occurred")}),
    # a month after a day number is no news agency («۱۸ مهر»); a meeting in a capital is a visit by the guest
    ("سید عباس عراقچی که صبح امروز (چهارشنبه ۱۸ مهر) وارد ریاض شد، با محمد بن سلمان دیدار کرد.",
     {("سید عباس عراقچی", "visits", "عربستان سعودی", "occurred"), ("محمد بن سلمان", "meetsWith", "سید عباس عراقچی", "occurred")}),
    ("ولادیمیر پوتین در پکن با شی جین‌پینگ دیدار کرد.",
     {("ولادیمیر پوتین", "meetsWith", "شی جین‌پینگ", "occurred"), ("ولادیمیر پوتین", "visits", "چین", "occurred")}),
    # mutual attacks go both ways; agents and Dari aircraft act for their state; a purpose clause is still to come
    ("حملات موشکی و پهپادی متقابل ارمنستان و آذربایجان ادامه یافت.",
     {("ارمنستان", "attacks", "جمهوری آذربایجان", "occurred"), ("جمهوری آذربایجان", "attacks", "ارمنستان", "occurred")}),
    ("ماموران گارد ساحلی چین به نظامیان ویتنامی حمله کردند.", {("چین", "attacks", "ویتنام", "occurred")}),
    ("طیارات نظامی پاکستان چندین قریه را در ولسوالی برمل بمباران کردند.",
     {("پاکستان", "attacks", "ولسوالی برمل", "occurred")}),
    ("مسعود پزشکیان روز جمعه به مسکو سفر می‌کند تا در دیدار با ولادیمیر پوتین معاهده را امضا کند.",
     {("مسعود پزشکیان", "visits", "روسیه", "planned"), ("مسعود پزشکیان", "meetsWith", "ولادیمیر پوتین", "planned")}),
    # readiness to strike is a threat, not a planned attack
    ("فرمانده سپاه گفت نیروهای مسلح ایران آماده‌اند پایگاه‌های آمریکا در منطقه را هدف قرار دهند.",
     {("ایران", "threatens", US, "occurred")}),
    # a warning of retaliation with no addressee: the act warned about names the target, never the warner's own state
    ("پکن مانورهای ژاپن را «تحریک‌آمیز» خواند و هشدار داد که «اقدامات متقابل» انجام خواهد داد.",
     {("چین", "threatens", "ژاپن", "occurred"), ("چین", "perceivesThreatFrom", "ژاپن", "occurred")}),  # provocative: a threat seen
    ("مسکو هشدار داد که استقرار موشک‌های ناتو در لهستان «بی‌پاسخ نخواهد ماند».",
     {("روسیه", "threatens", NATO, "occurred")}),
    ("رئیس‌جمهور ونزوئلا هشدار داد که هرگونه تجاوز به خاک ونزوئلا با پاسخی قاطع روبه‌رو خواهد شد.", set()),
    ("تهران هشدار داد که استقرار سامانه‌های آمریکایی در خاک عراق «بی‌پاسخ نخواهد ماند».", set()),  # Iraq is where
    ("وزیر خارجه ایران هشدار داد که تنش در منطقه به سود هیچ کشوری نیست.", set()),
    # «X بهای سنگینی خواهد پرداخت» in someone's words: the speaker threatens X; a price paid is no threat
    ("وزیر دفاع هند گفت پاکستان بهای سنگینی خواهد پرداخت.", {("هند", "threatens", "پاکستان", "occurred")}),
    ("رجب طیب اردوغان گفت یونان از این اقدام پشیمان خواهد شد.", {("رجب طیب اردوغان", "threatens", "یونان", "occurred")}),
    ("نخست‌وزیر ژاپن گفت کشورش هزینه زیادی برای بازسازی پرداخت.", set()),
    # an accusation of planning an attack is made now: the perceived threat is not planned
    ("کاراکاس دولت کلمبیا را به برنامه‌ریزی برای حمله به ونزوئلا متهم کرد.",
     {("ونزوئلا", "perceivesThreatFrom", "کلمبیا", "occurred")}),
    # threat perception: dangerous, worrying, destabilising; a quoted noun phrase before its genitive;
    # a document's view is that of the state it says is endangered
    ("سفیر روسیه تصمیم آلمان را «فوق‌العاده خطرناک» خواند.", {("روسیه", "perceivesThreatFrom", "آلمان", "occurred")}),
    ("دولت یونان اقدامات نظامی ترکیه را مایه «نگرانی شدید» خواند.", {("یونان", "perceivesThreatFrom", "ترکیه", "occurred")}),
    ("وزیران دفاع استرالیا و فیلیپین از «اقدامات خطرناک» چین ابراز نگرانی کردند.",
     {("استرالیا", "perceivesThreatFrom", "چین", "occurred"), ("فیلیپین", "perceivesThreatFrom", "چین", "occurred")}),
    ("این گزارش برنامه‌های موشکی کره شمالی را تهدیدی جدی برای امنیت ملی ژاپن می‌داند.",
     {("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    # «X گفت Y تهدیدی برای امنیت منطقه است»: no state named as endangered, the speaker's view; a charge of
    # aggression in a copular clause is no attack
    ("وزیر دفاع لهستان گفت روسیه تهدیدی برای امنیت اروپا است.", {("لهستان", "perceivesThreatFrom", "روسیه", "occurred")}),
    ("به گفته وزیر دفاع لهستان، روسیه بزرگ‌ترین تهدید برای امنیت اروپا به شمار می‌رود.",
     {("لهستان", "perceivesThreatFrom", "روسیه", "occurred")}),
    ("وزیر خارجه سومالی گفت توافق اتیوپی با سومالی‌لند تجاوز آشکار به حاکمیت سومالی است.",
     {("سومالی", "perceivesThreatFrom", "اتیوپی", "occurred")}),
    # a state called a challenge is perceived as a threat
    ("وزیر دفاع استرالیا چین را بزرگ‌ترین چالش راهبردی دانست.", {("استرالیا", "perceivesThreatFrom", "چین", "occurred")}),
    # co-hosts of an exercise cooperate (a bare list of participants is not read pairwise: it cost
    # precision on a blind set)
    ("رزمایش دریایی با میزبانی گرجستان و ترکیه برگزار شد.", {("ترکیه", "cooperatesWith", "گرجستان", "occurred")}),
    ("نیروهایی از کانادا و لهستان به مرز اعزام شدند.", set()),
    # a membership in a comma apposition is a description, whatever the main verb's status
    ("بلاروس، عضو پیمان امنیت جمعی، از رزمایش حمایت خواهد کرد.",
     {("بلاروس", "memberOf", "سازمان پیمان امنیت جمعی", "occurred")}),
    # a relative clause's subject is its antecedent noun, not the speaker; «تأسیسات نظامی غرب» names no place
    ("مدودف گفت کشورهایی که به اوکراین سلاح می‌دهند هدف مشروع روسیه هستند.", set()),
    ("روسیه هشدار داد تأسیسات نظامی غرب در اوکراین اهداف مشروع خواهند بود.", set()),
    # sanctions: a name put on the list (passive), a blacklist, a think tank named by its head noun
    ("علی شمخانی در فهرست تحریم‌های اتحادیه اروپا قرار گرفت.", {("اتحادیه اروپا", "sanctions", "علی شمخانی", "occurred")}),
    ("چین موسسه هادسون را تحریم کرد.", {("چین", "sanctions", "موسسه هادسون", "occurred")}),
    # armed groups under their other Persian names; a training centre is a named place
    ("ارتش سودان مواضع نیروهای پشتیبانی سریع را در خارطوم بمباران کرد.",
     {("سودان", "attacks", "نیروهای پشتیبانی سریع", "occurred")}),
    ("پهپادهای ترکیه مواضع نیروهای سوریه دموکراتیک را هدف قرار دادند.",
     {("ترکیه", "attacks", "نیروهای دموکراتیک سوریه", "occurred")}),
    # an ambiguous state name dealt «با» by another state is that state, not the region of the same name
    ("ترکیه و پاکستان با آذربایجان رزمایش مشترک برگزار کردند.",
     {("جمهوری آذربایجان", "cooperatesWith", "ترکیه", "occurred"),
      ("جمهوری آذربایجان", "cooperatesWith", "پاکستان", "occurred")}),
    # arms received, delivered by an agent, sold in a relative clause; an accusation's content is not asserted
    ("یونان جنگنده‌های رافال را از فرانسه تحویل گرفت.", {("فرانسه", "suppliesArmsTo", "یونان", "occurred")}),
    ("ترکیه نخستین محموله سامانه اس-۴۰۰ را از روسیه دریافت کرد.", {("روسیه", "suppliesArmsTo", "ترکیه", "occurred")}),
    ("سخنگوی وزارت خارجه گفت تحویل سامانه موشکی از سوی روسیه به ایران انجام شد.",
     {("روسیه", "suppliesArmsTo", "ایران", "occurred")}),
    ("در این رزمایش سامانه‌های پدافندی که روسیه به کاراکاس فروخته است به کار گرفته می‌شوند.",
     {("روسیه", "suppliesArmsTo", "ونزوئلا", "occurred")}),
    # an accused supply is not asserted; the accusation of arming a militia is hostile
    ("اسرائیل ایران را متهم کرد که به حوثی‌ها موشک داده است.", {("اسرائیل", "perceivesThreatFrom", "ایران", "occurred")}),
    # sanctions on named people and companies; «مین» after a title is a name, not a mine
    ("پیش‌تر ایالات متحده ژنرال مین آنگ هلاینگ را تحریم کرده بود.",
     {(US, "sanctions", "مین آنگ هلاینگ", "occurred")}),
    ("وزارت خزانه‌داری آمریکا دارایی‌های شرکت پتروپارس را مسدود کرد.",
     {(US, "sanctions", "شرکت پتروپارس", "occurred")}),
    # visits to cities named by ordinary words; a meeting named as a noun phrase
    ("رجب طیب اردوغان، رئیس‌جمهور ترکیه، روز سه‌شنبه وارد شهر شوشا شد.",
     {("رجب طیب اردوغان", "leaderOf", "ترکیه", "occurred"), ("رجب طیب اردوغان", "visits", "شوشا", "occurred")}),
    ("این عملیات سه روز پس از دیدار مسرور بارزانی، نخست‌وزیر اقلیم کردستان عراق، با رجب طیب اردوغان در استانبول آغاز شد.",
     {("مسرور بارزانی", "leaderOf", "اقلیم کردستان", "occurred"), ("رجب طیب اردوغان", "meetsWith", "مسرور بارزانی", "occurred"),
      ("مسرور بارزانی", "visits", "استانبول", "occurred")}),
    # a quoted phrase between a threat noun and its source
    ("رهبر تایوان گفت این جنگنده‌ها توان دفاعی جزیره را در برابر «تهدیدهای روزافزون» ارتش چین تقویت می‌کند.",
     {("تایوان", "perceivesThreatFrom", "چین", "occurred")}),
    # training, joint programmes, shared intelligence; «بیاید» is a form of «آمدن»
    ("آمریکا به آموزش نیروهای ارتش اوکراین ادامه می‌دهد.",
     {("اوکراین", "cooperatesWith", US, "occurred")}),
    ("کره جنوبی و ژاپن توافق کردند اطلاعات نظامی را به اشتراک بگذارند.",  # the agreement is made; sharing is to come
     {("ژاپن", "cooperatesWith", "کره جنوبی", "planned"), ("ژاپن", "signsAgreementWith", "کره جنوبی", "occurred")}),
    ("قرار است ژنرال ماریو رامیرز هفته آینده به شیلی بیاید.", {("ماریو رامیرز", "visits", "شیلی", "planned")}),
    ("ایروان از این پیمان خواست به کمک این کشور بیاید.", set()),
    # a post right before a name, without commas
    ("نخست‌وزیر هند نارندرا مودی به مسکو سفر کرد.",
     {("نارندرا مودی", "leaderOf", "هند", "occurred"), ("نارندرا مودی", "visits", "روسیه", "occurred")}),
    ("امیر قطر شیخ تمیم بن حمد آل ثانی با رئیس‌جمهور ترکیه تلفنی گفت‌وگو کرد.",
     {("تمیم بن حمد آل ثانی", "leaderOf", "قطر", "occurred"), ("تمیم بن حمد آل ثانی", "meetsWith", "رجب طیب اردوغان", "occurred")}),
    ("رئیس‌جمهور کره جنوبی یون سوک یول و نخست‌وزیر ژاپن فومیو کیشیدا در واشنگتن دیدار کردند.",
     {("یون سوک یول", "leaderOf", "کره جنوبی", "occurred"), ("فومیو کیشیدا", "leaderOf", "ژاپن", "occurred"),
      ("فومیو کیشیدا", "meetsWith", "یون سوک یول", "occurred"), ("فومیو کیشیدا", "visits", US, "occurred"),
      ("یون سوک یول", "visits", US, "occurred")}),
    # a headline's verb after a colon belongs to the quote; a noun's «به» object follows it; forums are not attacked
    ("هشدار کره شمالی به واشنگتن: پاسخ ما قاطعانه خواهد بود",
     {("کره شمالی", "threatens", US, "occurred")}),
    ("اعتماد به ایالات متحده در پی تهدیدات ترامپ برای تصرف گرینلند کاهش یافته است.", set()),
    ("وزیر خارجه آمریکا در جلسه شورای امنیت بار دیگر به شدت حمله کرد.", set()),
    # an intention denied; a negated compound verb
    ("وزیر دفاع آلمان اعلام کرد برلین قصد ندارد موشک‌های تاروس را به اوکراین بفرستد.",
     {("آلمان", "suppliesArmsTo", "اوکراین", "negated")}),
    ("ترکیه تاکنون به عضویت اتحادیه اروپا درنیامده است.", {("ترکیه", "memberOf", "اتحادیه اروپا", "negated")}),
    # a threat whose light verb is part of the trigger; a written genitive stays with the subject
    ("چین تایوان را تهدید کرد که هرگونه اقدام برای استقلال با پاسخ نظامی روبه‌رو می‌شود.",
     {("چین", "threatens", "تایوان", "occurred")}),
    ("وزیر دفاع اسرائیل تهدید کرد که در صورت ادامه حملات، بیروت را هدف قرار خواهد داد.",
     {("اسرائیل", "threatens", "لبنان", "occurred")}),
    ("حوثی‌های یمن یک کشتی تجاری را در دریای سرخ با موشک هدف قرار دادند.",
     {("انصارالله", "attacks", "دریای سرخ", "occurred")}),
    ("حمله موشکی روسیه به شهر اودسا ده‌ها کشته برجای گذاشت.", {("اودسا", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "اودسا", "occurred")}),
    # alliances and applications stated with a predicate noun
    ("ژاپن نزدیک‌ترین متحد آمریکا در آسیا به شمار می‌رود.", {("ژاپن", "alliedWith", US, "occurred")}),
    ("اندونزی درخواست عضویت در بریکس را ارائه کرد.", {("اندونزی", "memberOf", "بریکس", "planned")}),
    ("آمریکا و فیلیپین بر تعهد خود به معاهده دفاع متقابل ۱۹۵۱ تأکید کردند.",
     {(US, "alliedWith", "فیلیپین", "occurred")}),
    # sanctions approved, extended, joined; a named body is not a national council; companies stay companies
    ("اتحادیه اروپا بسته جدید تحریم‌ها علیه روسیه را تصویب کرد.", {("اتحادیه اروپا", "sanctions", "روسیه", "occurred")}),
    ("شورای امنیت سازمان ملل تحریم تسلیحاتی علیه سودان جنوبی را تمدید کرد.",
     {("شورای امنیت سازمان ملل متحد", "sanctions", "سودان جنوبی", "occurred")}),
    ("ژاپن به تحریم‌های غرب علیه روسیه پیوست.", {("ژاپن", "sanctions", "روسیه", "occurred")}),
    ("چین شرکت لاکهید مارتین را به دلیل فروش سلاح به تایوان تحریم خواهد کرد.",
     {("چین", "sanctions", "لاکهید مارتین", "planned")}),
    # a noun's own genitive over the speaker (the seller is the threat the speaker sees); a name plus a glued
    # tail that makes a word is that word
    ("وزیر دفاع چین گفت فروش سلاح آمریکا به تایوان تهدیدی برای صلح است.",
     {(US, "suppliesArmsTo", "تایوان", "occurred"), ("چین", "perceivesThreatFrom", US, "occurred")}),
    ("نماینده مجلس گفت سیاست خارجی عربستان را تهدید کرد.", set()),
    # «سینگ» is the surname of the first Singh only, and «سفر سینگ» is his, not the speaker's
    ("آرون سینگ، وزیر دفاع هند، در دهلی‌نو سخنرانی کرد. گورمیت سینگ باجوا، سخنگوی وزارت دفاع هند، گفت: سفر سینگ به روسیه لغو شد.",
     {("آرون سینگ", "ministerOf", "هند", "occurred"), ("آرون سینگ", "visits", "روسیه", "negated")}),
    # lists of people with their posts: each post belongs to the name before it
    ("امانوئل ماکرون، رئیس‌جمهور فرانسه، اولاف شولتس، صدراعظم آلمان و جورجا ملونی، نخست‌وزیر ایتالیا، روز دوشنبه در کی‌یف دیدار کردند.",
     {("امانوئل مکرون", "leaderOf", "فرانسه", "occurred"), ("اولاف شولتس", "leaderOf", "آلمان", "occurred"),
      ("جورجا ملونی", "leaderOf", "ایتالیا", "occurred"), ("امانوئل مکرون", "meetsWith", "اولاف شولتس", "occurred"),
      ("امانوئل مکرون", "meetsWith", "جورجا ملونی", "occurred"), ("جورجا ملونی", "meetsWith", "اولاف شولتس", "occurred"),
      ("امانوئل مکرون", "visits", "اوکراین", "occurred"), ("جورجا ملونی", "visits", "اوکراین", "occurred"),
      ("اولاف شولتس", "visits", "اوکراین", "occurred")}),
    ("این بیانیه به امضای قاسم جومارت توکایف، رئیس‌جمهور قزاقستان، ولادیمیر پوتین، رئیس‌جمهور روسیه و دیگر سران رسید.",
     {("قاسم جومارت توکایف", "leaderOf", "قزاقستان", "occurred"), ("ولادیمیر پوتین", "leaderOf", "روسیه", "occurred")}),
    # the speaker of «گفت» is not the subject of the clause it introduces; a place name ends at the next head
    ("رئیس‌جمهور فیلیپین گفت اقدامات چین در دریای چین جنوبی امنیت کشورش را تهدید می‌کند.", set()),
    ("نیروهای پاکستانی به دو روستای مرزی در ولسوالی سپین بولدک ولایت کندهار حمله کردند.",
     {("پاکستان", "attacks", "سپین بولدک", "occurred"), ("سپین بولدک", "locatedIn", "افغانستان", "occurred")}),
    # a condition about an ousted leader names no target; a threat verb is not «a threat for»
    ("اکوواس هشدار داد اگر محمد بازوم، رئیس‌جمهور برکنارشده، ظرف یک هفته به قدرت بازنگردد، از زور استفاده خواهد کرد.",
     set()),
    ("اکوواس تهدید کرده بود که برای بازگرداندن محمد بازوم، رئیس‌جمهور برکنارشده نیجر، به قدرت به نیروی نظامی متوسل خواهد شد.",
     set()),
    # a common word closing a foreign name after a title
    ("ژنرال مارک میلی، رئیس ستاد مشترک ارتش آمریکا، به اسرائیل سفر کرد.",
     {("مارک میلی", "commanderOf", US, "occurred"), ("مارک میلی", "visits", "اسرائیل", "occurred")}),
    # a sultan is a leader; a president-elect is not one yet
    ("سلطان عمان هیثم بن طارق در مسقط سخنرانی کرد.", {("سلطان هیثم بن طارق", "leaderOf", "عمان", "occurred")}),
    ("دونالد ترامپ، رئیس‌جمهور منتخب آمریکا، در فلوریدا سخنرانی کرد.",
     {("دونالد ترامپ", "leaderOf", US, "planned")}),
    # «X و Y، وزیران … A و B،»: posts respectively; «Y را ملاقات کرد»
    ("لوید آستین و دونگ جون، وزیران دفاع آمریکا و چین، در سنگاپور گفت‌وگو کردند.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("دونگ جون", "ministerOf", "چین", "occurred"),
      ("لوید آستین", "meetsWith", "دونگ جون", "occurred"), ("لوید آستین", "visits", "سنگاپور", "occurred"),
      ("دونگ جون", "visits", "سنگاپور", "occurred")}),
    ("پوتین در مسکو شی جین‌پینگ را ملاقات کرد.",  # the guest in the host's capital visits (the KB knows whose post)
     {("شی جین‌پینگ", "meetsWith", "ولادیمیر پوتین", "occurred"), ("شی جین‌پینگ", "visits", "روسیه", "occurred")}),
    # member lists: after a colon or «عبارتند از», and right before «اعضای آن»
    ("اعضای گروه بریکس عبارتند از برزیل، روسیه و هند.",
     {(c, "memberOf", "بریکس", "occurred") for c in ("برزیل", "روسیه", "هند")}),
    ("سازمان پیمان امنیت جمعی سه عضو اصلی دارد: ارمنستان، بلاروس و قزاقستان.",
     {(c, "memberOf", "سازمان پیمان امنیت جمعی", "occurred") for c in ("ارمنستان", "بلاروس", "قزاقستان")}),
    ("ناتو در سال ۱۹۴۹ تأسیس شد و تا پیش از پیوستن یونان، دانمارک، نروژ و ایسلند اعضای آن بودند.",
     {(c, "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred") for c in ("یونان", "دانمارک", "نروژ", "ایسلند")}),
    # provenance is not a relation
    ("به گزارش ایرنا به نقل از رویترز، روسیه و چین رزمایش مشترک برگزار کردند.",
     {("روسیه", "cooperatesWith", "چین", "occurred")}),
    # a name in apposition with a kind of place is a place there; a compass point marks an ambiguous state name
    ("نیروهای ویژه فرانسه در نزدیکی منکا، شهری در شرق مالی، به مواضع داعش حمله کردند.",
     {("منکا", "locatedIn", "جمهوری مالی", "occurred"), ("فرانسه", "attacks", "داعش", "occurred")}),
    # a part of a place stands for it («مناطقی از X را», «به کاروانی از X»)
    ("ارتش روسیه بامداد امروز مناطقی از خارکیف را موشک‌باران کرد.", {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred")}),
    ("شبه‌نظامیان به کاروانی از ارتش نیجر کمین زدند.", set()),
    # an unnamed agent is not the topic of the discourse
    ("ولادیمیر پوتین در مسکو سخنرانی کرد. شبه‌نظامیان به کاروان ارتش نیجر حمله کردند.", set()),
    # the place where a group was struck is struck too (the first place, not where that place lies)
    ("ارتش آمریکا به مقرهای الشباب در منطقه جلب در جنوب سومالی حمله کرد.",
     {("منطقه جلب", "locatedIn", "سومالی", "occurred"), (US, "attacks", "الشباب", "occurred"),
      (US, "attacks", "منطقه جلب", "occurred")}),
    ("ترکیه عملیاتی را علیه مواضع پ‌ک‌ک در مناطق گاره و هفتانین در شمال عراق آغاز کرد.",
     {("ترکیه", "attacks", "حزب کارگران کردستان", "occurred"), ("ترکیه", "attacks", "گاره", "occurred"),
      ("ترکیه", "attacks", "هفتانین", "occurred"), ("گاره", "locatedIn", "عراق", "occurred"),
      ("هفتانین", "locatedIn", "عراق", "occurred")}),
    # a guard corps has a command of its own: its commanders are its, not the state's
    ("سرتیپ محمد کرمی، فرمانده نیروی زمینی سپاه پاسداران، گفت.",
     {("محمد کرمی", "commanderOf", "سپاه پاسداران انقلاب اسلامی", "occurred")}),
    # a plural verb's dropped subject is not the one person in focus
    ("اردوغان در آنکارا سخنرانی کرد. ساعاتی بعد چند پهپاد به پایگاه هوایی عین‌الاسد حمله کردند.", set()),
    # «به دستور X» names who ordered, not a target
    ("این حملات که به دستور جو بایدن انجام شد، مواضع حوثی‌ها در یمن را هدف قرار داد.", set()),
    # a state's ministry has no members; no one visits their own state
    ("مقدونیه شمالی با سپردن سند الحاق خود به وزارت خارجه آمریکا به عضو ناتو تبدیل شد.",
     {("مقدونیه شمالی", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    ("شی جین‌پینگ از رزمایش بزرگ ارتش چین بازدید کرد.", set()),
    # aircraft of a state act for it; «این فرودگاه» is referred to, not named; places after «را … در» are struck
    ("بمب‌افکن‌های روسیه از این فرودگاه پرواز کرده و مواضع جبهه النصره را در استان‌های حمص و حلب بمباران کردند.",
     {("حلب", "locatedIn", "سوریه", "occurred"), ("روسیه", "attacks", "هیئت تحریر الشام", "occurred"), ("روسیه", "attacks", "حمص", "occurred"),
      ("روسیه", "attacks", "حلب", "occurred"), ("حمص", "locatedIn", "سوریه", "occurred")}),
    # bombs dropped on a target; a meeting put off is no bomb
    ("هواپیماهای آمریکایی بمب‌های سنگین را بر مواضع الشباب انداختند.", {(US, "attacks", "الشباب", "occurred")}),
    ("دولت ترکیه جلسه را به تعویق انداخت.", set()),
    # «PLACE در … STATE را»: the place heads the object, the state is where it lies
    ("جنگنده‌های ترکیه شب گذشته منطقه قندیل در اقلیم کردستان عراق را بمباران کردند.",
     {("منطقه قندیل", "locatedIn", "عراق", "occurred"), ("ترکیه", "attacks", "منطقه قندیل", "occurred")}),
    # verdicts: «… را بی‌پروا/تحریک‌آمیز خواند»; a domestic agency's foreign-ministry spokesman speaks for its state;
    # what sits in the object's «درباره» phrase is not the one blamed; no state fears its own leader
    ("به گزارش خبرگزاری ایرنا، ناصر کنعانی، سخنگوی وزارت امور خارجه، اتهامات مقام‌های آمریکایی درباره نقش ایران را "
     "«بی‌اساس و تحریک‌آمیز» خواند.", {("ایران", "perceivesThreatFrom", US, "occurred")}),
    ("مارک روته، دبیرکل ناتو، این اقدام روسیه را «بی‌پروا» خواند.",
     {("مارک روته", "leaderOf", "سازمان پیمان آتلانتیک شمالی", "occurred"),
      ("سازمان پیمان آتلانتیک شمالی", "perceivesThreatFrom", "روسیه", "occurred")}),
    ("حسن روحانی، رئیس‌جمهور ایران، تحریم رهبر انقلاب را «اقدامی وقیحانه» خواند.",
     {("حسن روحانی", "leaderOf", "ایران", "occurred")}),
    # a purpose «برای دیدار با X»: the travellers meet X; «… و دیدار او با X» is his meeting
    ("جو بایدن و ریشی سوناک به‌زودی برای دیدار با ولودیمیر زلنسکی به کی‌یف سفر خواهند کرد.",
     {("ولودیمیر زلنسکی", "meetsWith", "جو بایدن", "planned"), ("ریشی سوناک", "meetsWith", "ولودیمیر زلنسکی", "planned"),
      ("جو بایدن", "visits", "اوکراین", "planned"), ("ریشی سوناک", "visits", "اوکراین", "planned")}),
    ("چین و پاکستان در جریان سفر شهباز شریف به پکن و دیدار او با شی جین‌پینگ، چند سند همکاری امضا کردند.",
     {("شهباز شریف", "visits", "چین", "occurred"), ("شی جین‌پینگ", "meetsWith", "شهباز شریف", "occurred"),
      ("چین", "cooperatesWith", "پاکستان", "occurred"), ("چین", "signsAgreementWith", "پاکستان", "occurred")}),
    # a ministry sanctioned is itself the target (named with its state); unnamed companies stay the state's
    ("اتحادیه اروپا وزارت دفاع روسیه و وزارت انرژی این کشور را تحریم کرد.",
     {("اتحادیه اروپا", "sanctions", "وزارت دفاع روسیه", "occurred"),
      ("اتحادیه اروپا", "sanctions", "وزارت انرژی روسیه", "occurred")}),
    # a plan named, then called off in the next sentence, did not happen
    ("امانوئل مکرون قرار بود هفته آینده با ولودیمیر زلنسکی در کی‌یف دیدار کند. کاخ الیزه این سفر را لغو کرد.",
     {("امانوئل مکرون", "meetsWith", "ولودیمیر زلنسکی", "negated"), ("امانوئل مکرون", "visits", "اوکراین", "negated")}),
    # the one feared through a person is the person's state
    ("وزارت خارجه ارمنستان سفر اردوغان به شوشا را «تحریک‌آمیز» خواند.",
     {("ارمنستان", "perceivesThreatFrom", "ترکیه", "occurred"), ("رجب طیب اردوغان", "visits", "شوشا", "occurred")}),
    # a trip before or after the main event is the subject's own; leaving for a place is going there
    ("ولادیمیر پوتین پس از سفر به پکن، در آنکارا سخنرانی کرد.", {("ولادیمیر پوتین", "visits", "چین", "occurred")}),
    ("قرار است دونالد ترامپ روز دوشنبه ریاض را به مقصد اسرائیل ترک کند.", {("دونالد ترامپ", "visits", "اسرائیل", "planned")}),
    ("بازیکنان ترک کشور را به مقصد آلمان ترک کردند.", set()),
    # a pact with mutual military assistance makes allies; joining a body's drills is not joining the body
    ("آذربایجان و ترکیه پیمان شوشا را امضا کردند که بند کمک متقابل نظامی دارد.",
     {("جمهوری آذربایجان", "signsAgreementWith", "ترکیه", "occurred"), ("جمهوری آذربایجان", "alliedWith", "ترکیه", "occurred")}),
    ("قزاقستان به تمرینات نظامی سازمان پیمان امنیت جمعی پیوست.", set()),
    ("سوئد به جمع اعضای ناتو پیوست.", {("سوئد", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    # destroying a target is striking it
    ("ارتش پاکستان مخفیگاه‌های طالبان پاکستان را منهدم کرد.", {("پاکستان", "attacks", "تحریک طالبان پاکستان", "occurred")}),
    # ruin promised in someone's words is a threat made now (to the object, or to the one addressed before «:»)
    ("نتانیاهو گفت حماس را نابود خواهیم کرد.", {("بنیامین نتانیاهو", "threatens", "جنبش مقاومت اسلامی فلسطین", "occurred")}),
    ("ترامپ به حوثی‌ها گفت: «جهنم بر سرتان خواهد بارید.»", {("دونالد ترامپ", "threatens", "انصارالله", "occurred")}),
    ("ارتش اسرائیل ده‌ها خانه را با خاک یکسان کرد.", set()),
    # East Asian family names that are Persian words open names; hyphenated surnames stay whole
    ("پارک جین، وزیر خارجه کره جنوبی، گفت.", {("پارک جین", "ministerOf", "کره جنوبی", "occurred")}),
    ("ولادیسلاو کوسینیاک-کامیش، وزیر دفاع لهستان، گفت.",
     {("ولادیسلاو کوسینیاک-کامیش", "ministerOf", "لهستان", "occurred")}),
    ("سال نو میلادی آغاز شد.", set()),
    # a given name, then a surname that is also a word; Western given names that are Persian words
    ("عبدالفتاح برهان، فرمانده ارتش سودان، گفت.", {("عبدالفتاح برهان", "commanderOf", "سودان", "occurred")}),
    ("جان هیلی، وزیر دفاع بریتانیا، گفت.", {("جان هیلی", "ministerOf", "بریتانیا", "occurred")}),
    # a military spokesman speaks for his group
    ("یحیی سریع، سخنگوی نظامی حوثی‌ها، هشدار داد که دامنه حملات به خاک عربستان «گسترده‌تر خواهد شد».",
     {("انصارالله", "threatens", "عربستان سعودی", "occurred")}),
    # membership: the genitive of «عضویت» is the member; talks, candidacy and invitations are still to come;
    # a long name between «عضو» and «شد» is still its object
    ("پارلمان ترکیه درخواست عضویت سوئد در ناتو را تصویب کرد.",
     {("سوئد", "memberOf", "سازمان پیمان آتلانتیک شمالی", "planned")}),
    ("مذاکرات پیوستن اوکراین به اتحادیه اروپا آغاز شد.", {("اوکراین", "memberOf", "اتحادیه اروپا", "planned")}),
    ("گرجستان نامزد عضویت در اتحادیه اروپا است.", {("گرجستان", "memberOf", "اتحادیه اروپا", "planned")}),
    ("ایران رسماً عضو سازمان همکاری شانگهای شد.", {("ایران", "memberOf", "سازمان همکاری شانگهای", "occurred")}),
    # a condemned attack happened: its genitive is the attacker (the condemner only sees a threat)
    ("آمریکا حمله روسیه به اوکراین را محکوم کرد.",
     {("روسیه", "attacks", "اوکراین", "occurred"), (US, "perceivesThreatFrom", "روسیه", "occurred")}),
    # «جان» is a given name, but «جان انسان‌ها» is lives: a written plural is no name
    ("آمریکا این حملات را تهدیدی برای جان انسان‌ها و آزادی دریانوردی خواند.", set()),
    # the seat of an office is not its holder; a speaker of no known state is no party to a cooperation
    ("ارتش اسرائیل محوطه‌ای در نزدیکی کاخ ریاست‌جمهوری سوریه را هدف حملات هوایی قرار داد.",
     {("اسرائیل", "attacks", "سوریه", "occurred")}),
    ("به گفته او، ایران، روسیه و سوریه در این مبارزه همکاری نزدیکی با یکدیگر دارند.",
     {("ایران", "cooperatesWith", "روسیه", "occurred"), ("ایران", "cooperatesWith", "سوریه", "occurred"),
      ("روسیه", "cooperatesWith", "سوریه", "occurred")}),
    # an act referred to by a demonstrative and condemned: the condemner fears the act's agents
    ("جنگنده‌های ترکیه روز یکشنبه مواضع پ‌ک‌ک در شمال عراق را بمباران کردند. بغداد این حملات را «تجاوز آشکار به حاکمیت عراق» خواند.",
     {("ترکیه", "attacks", "حزب کارگران کردستان", "occurred"), ("عراق", "perceivesThreatFrom", "ترکیه", "occurred")}),
    ("روسیه به شهر خارکیف حمله موشکی کرد. لهستان، لیتوانی و استونی این حمله را محکوم کردند.",
     {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred"), ("لهستان", "perceivesThreatFrom", "روسیه", "occurred"),
      ("لیتوانی", "perceivesThreatFrom", "روسیه", "occurred"), ("استونی", "perceivesThreatFrom", "روسیه", "occurred")}),
    # … but not when the verdict is withheld, or the act is justified
    ("روسیه به شهر خارکیف حمله موشکی کرد. چین این حمله را محکوم نکرد.", {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred")}),
    ("روسیه به شهر خارکیف حمله موشکی کرد. بلاروس این حمله را پاسخی مشروع به تهدیدها خواند.",
     {("خارکیف", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "خارکیف", "occurred")}),
    # a foreign ministry's spokesman speaks for the state named after the ministry; «با انتقاد X روبه‌رو شد»
    ("اتحادیه اروپا سه شرکت ایرانی را تحریم کرد. کامران رستمی، سخنگوی وزارت امور خارجه ایران، این اقدام را «غیرقانونی و خصمانه» توصیف کرد.",
     {("اتحادیه اروپا", "sanctions", "ایران", "occurred"), ("ایران", "perceivesThreatFrom", "اتحادیه اروپا", "occurred")}),
    ("ژاپن و فیلیپین توافق دسترسی متقابل نیروها را امضا کردند. این اقدام با انتقاد شدید پکن روبه‌رو شد.",
     {("ژاپن", "signsAgreementWith", "فیلیپین", "occurred"), ("چین", "perceivesThreatFrom", "ژاپن", "occurred"),
      ("چین", "perceivesThreatFrom", "فیلیپین", "occurred")}),
    # accusing someone of harbouring or arming terrorists is hostile; a Dari «بم» is a bomb
    ("دهلی نو اسلام‌آباد را به پناه دادن به گروه‌های تروریستی متهم کرد.", {("هند", "perceivesThreatFrom", "پاکستان", "occurred")}),
    ("نیروهای امریکایی بزرگ‌ترین بم غیرهسته‌ای خود را بر مواضع داعش انداختند.", {(US, "attacks", "داعش", "occurred")}),
    # forces loyal to X act for X
    ("نیروهای وفادار به طالبان به پایگاه ارتش پاکستان حمله کردند.", {("طالبان", "attacks", "پاکستان", "occurred")}),
    # troops sent to a state help it; a build-up on its border or a delegation does not
    ("استرالیا نیروهای پلیس و ارتش خود را به جزایر سلیمان اعزام کرد.",
     {("استرالیا", "cooperatesWith", "جزایر سلیمان", "occurred")}),
    ("روسیه ده‌ها هزار نیرو به مرز اوکراین اعزام کرده است.", set()),
    ("ترکیه هیئتی به لیبی اعزام کرد.", set()),
    # blame and red lines are threat perception; a threat faced under a negated verb is still perceived
    ("ارتش چین هند را مقصر دانست.", {("چین", "perceivesThreatFrom", "هند", "occurred")}),
    ("نخست‌وزیر استرالیا ایجاد پایگاه نظامی چین در جزایر سلیمان را «خط قرمز» کشورش خواند.",
     {("استرالیا", "perceivesThreatFrom", "چین", "occurred")}),
    ("تایوان در برابر تهدیدهای چین عقب نخواهد نشست.", {("تایوان", "perceivesThreatFrom", "چین", "occurred")}),
    # a state chairing a body in turn is a member
    ("هند ریاست دوره‌ای سازمان همکاری شانگهای را بر عهده دارد.", {("هند", "memberOf", "سازمان همکاری شانگهای", "occurred")}),
    # a warning's content may follow with no «که»; consequences «برای X» threaten X; a condition has its own rule
    ("سخنگوی حزب‌الله هشدار داد این اقدام برای اسرائیل پیامدهای سنگینی خواهد داشت.",
     {("حزب‌الله لبنان", "threatens", "اسرائیل", "occurred")}),
    # what a speaker declares a legitimate target is threatened
    ("سپاه پاسداران اعلام کرد پایگاه‌های آمریکا در منطقه هدف مشروع ما هستند.", {("ایران", "threatens", US, "occurred")}),
    # a participle after a title names no one; the opposition's leader holds no post of the state
    ("در این حمله یک سرهنگ کشته شد و ژنرال آلفرد موسوندا، فرمانده ارتش زامبیا، گفت.",
     {("آلفرد موسوندا", "commanderOf", "زامبیا", "occurred")}),
    ("نیکلاس مادورو با خوان گوایدو، رهبر مخالفان ونزوئلا، دیدار کرد.", {("نیکلاس مادورو", "meetsWith", "خوان گوایدو", "occurred")}),
    # the act condemned is the attack, not the response to it
    ("کره شمالی جزیره یئونپیئونگ را گلوله‌باران کرد. ارتش کره جنوبی در پاسخ، مواضع توپخانه کره شمالی را هدف قرار داد. "
     "کاخ سفید این حمله را به شدت محکوم کرد.",
     {("کره شمالی", "attacks", "جزیره یئونپیئونگ", "occurred"), ("کره جنوبی", "attacks", "کره شمالی", "occurred"),
      (US, "perceivesThreatFrom", "کره شمالی", "occurred")}),
    # a meeting or signing in a time adjunct: the main subject took part; then the meeting proper
    ("راج‌نات سینگ، وزیر دفاع هند، پس از نشست با ژنرال مانوج ناراوان، فرمانده ارتش، گفت.",
     {("راجنات سینگ", "ministerOf", "هند", "occurred"), ("راجنات سینگ", "meetsWith", "مانوج ناراوان", "occurred"),
      ("مانوج ناراوان", "commanderOf", "هند", "occurred")}),
    ("گوستاوو پترو، رئیس‌جمهور کلمبیا، پیش از امضای سند با میگل دیاز-کانل، رئیس‌جمهور کوبا، دیدار و گفت‌وگو کرد.",
     {("گوستاوو پترو", "leaderOf", "کلمبیا", "occurred"), ("میگل دیاز-کانل", "leaderOf", "کوبا", "occurred"),
      ("گوستاوو پترو", "meetsWith", "میگل دیاز-کانل", "occurred")}),
    # staying somewhere is being there, whatever the purpose; «راهی X شد» is going there
    ("آنتونی بلینکن، وزیر خارجه آمریکا، که برای شرکت در نشست آسه‌آن در پنوم‌پن به سر می‌برد، گفت.",
     {("آنتونی بلینکن", "ministerOf", US, "occurred"), ("آنتونی بلینکن", "visits", "کامبوج", "occurred")}),
    ("جو بایدن امروز وارد ورشو شد و سپس راهی ویلنیوس خواهد شد.",
     {("جو بایدن", "visits", "لهستان", "occurred"), ("جو بایدن", "visits", "لیتوانی", "planned")}),
    # a security council's secretary is a person with a post; his trip is his
    ("نیکولای پاتروشف، دبیر شورای امنیت روسیه، روز سه‌شنبه در سفر به کالینینگراد سخنرانی کرد.",
     {("نیکولای پاتروشف", "visits", "استان کالینینگراد", "occurred")}),
    # a riposte promised to someone's acts threatens them; an answer to a letter does not
    ("پاتروشف گفت روسیه «بی‌تردید» به اقدامات «خصمانه» لیتوانی پاسخ خواهد داد.", {("روسیه", "threatens", "لیتوانی", "occurred")}),
    ("وزیر خارجه ایران گفت به نامه اتحادیه اروپا پاسخ خواهد داد.", set()),
    # examples after «از جمله» are the object; the noun phrase they exemplify is not the subject
    ("وزارت خزانه‌داری آمریکا هشت فرمانده ارتش میانمار از جمله ژنرال میا تون و ژنرال تین آونگ سان را تحریم کرد.",
     {(US, "sanctions", "میا تون", "occurred"), (US, "sanctions", "تین آونگ سان", "occurred")}),
    # listed for sanctions with the sanctioner named only by the order
    ("بر اساس فرمان اجرایی جو بایدن، ژنرال میا تون و ژنرال تین آونگ سان در فهرست تحریم‌ها قرار گرفتند.",
     {("جو بایدن", "sanctions", "میا تون", "occurred"), ("جو بایدن", "sanctions", "تین آونگ سان", "occurred")}),
    # a city said to be a state's capital is in it
    ("گوستاوو پترو روز جمعه در مراسمی در هاوانا، پایتخت کوبا، سخنرانی کرد.", {("هاوانا", "locatedIn", "کوبا", "occurred")}),
    # plural legitimate targets
    ("انصارالله هشدار داد فرودگاه‌ها و بنادر عربستان و امارات «اهداف مشروع» نیروهای یمنی خواهند بود.",
     {("انصارالله", "threatens", "عربستان سعودی", "occurred"), ("انصارالله", "threatens", "امارات متحده عربی", "occurred")}),
    # adjectives that look like participles («گسترده») stand between a noun trigger and its genitive
    ("حملات هوایی گسترده اسرائیل به لبنان ادامه دارد.", {("اسرائیل", "attacks", "لبنان", "occurred")}),
    # «چندین نقطه در X را»: part of a place struck; a capital struck is the city; the Saudi-led coalition is an actor of its own
    ("ائتلاف سعودی چندین نقطه در صنعا را بمباران کرد.", {("ائتلاف سعودی", "attacks", "صنعا", "occurred")}),
    # a parenthesised acronym does not cut the place where the target was struck
    ("جیش محمد مسئولیت حمله انتحاری به کاروان پلیس هند (CRPF) در منطقه پولواما را بر عهده گرفت.",
     {("جیش محمد", "attacks", "هند", "occurred"), ("جیش محمد", "attacks", "پولواما", "occurred"),
      ("پولواما", "locatedIn", "هند", "occurred")}),
    # cutting ties is threat perception; resuming them is not
    ("دولت نظامی مالی روابط دیپلماتیک خود با اوکراین را «با اثر فوری» قطع کرد.",
     {("جمهوری مالی", "perceivesThreatFrom", "اوکراین", "occurred"),
     ("جمهوری مالی", "sanctions", "اوکراین", "occurred")}),
    ("ایران و عربستان روابط دیپلماتیک خود را از سر گرفتند.", set()),
    # agreeing is signing an agreement; «توافق‌های ابراهیم» under another verb is not
    ("تایلند و کامبوج روز دوشنبه در نشستی در پوتراجایا بر سر «آتش‌بس فوری» توافق کردند.",
     {("تایلند", "signsAgreementWith", "کامبوج", "occurred")}),
    ("مغرب و اسرائیل در چارچوب «توافق‌های ابراهیم» با میانجی‌گری آمریکا روابط خود را عادی کرده بودند.", set()),
    # «متحد پیمانی دیرینه X»: adjectives between the noun and its genitive
    ("ترامپ با رهبران دو کشور، از جمله تایلند که متحد پیمانی دیرینه واشنگتن است، تماس گرفت.",
     {(US, "alliedWith", "تایلند", "occurred")}),
    # «X، همتای هندی خود»: a known person in counterpart apposition holds the subject's post for that state —
    # also when the subject is a post resolved to its holder
    ("وانگ یی، وزیر خارجه چین، در گفت‌وگوی تلفنی با سوبرامانیام جایشانکار، همتای هندی خود، گفت.",
     {("وانگ یی", "ministerOf", "چین", "occurred"), ("سوبرامانیام جایشانکار", "ministerOf", "هند", "occurred"),
      ("سوبرامانیام جایشانکار", "meetsWith", "وانگ یی", "occurred")}),
    # two names, then a plural post with two portfolios of one state: respectively
    ("لوید آستین و آنتونی بلینکن، وزیران دفاع و خارجۀ آمریکا، به بریزبن رفتند.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("آنتونی بلینکن", "ministerOf", US, "occurred"),
      ("لوید آستین", "visits", "بریزبن", "occurred"), ("آنتونی بلینکن", "visits", "بریزبن", "occurred")}),
    # «همتای سعودی خود»: a state's name as the counterpart's adjective; a name introduced in the article
    ("رکس تیلرسون، وزیر خارجه آمریکا، در نشست خبری مشترک با عادل الجبیر، همتای سعودی خود، گفت.",
     {("رکس تیلرسون", "ministerOf", US, "occurred"), ("عادل الجبیر", "ministerOf", "عربستان سعودی", "occurred"),
      ("رکس تیلرسون", "meetsWith", "عادل الجبیر", "occurred")}),
    # the acting head of a ministry the KB knows («سرپرست وزارت دفاع آمریکا») holds its post
    ("مارک اسپر، سرپرست وزارت دفاع آمریکا، گفته است روابط نظامی دو کشور ادامه می‌یابد.",
     {("مارک اسپر", "ministerOf", US, "occurred")}),
    # states striking together cooperate
    ("جنگنده‌ها و ناوهای جنگی آمریکا و انگلیس بامداد جمعه به مواضع انصارالله در یمن حمله کردند.",
     {(US, "attacks", "انصارالله", "occurred"), ("بریتانیا", "attacks", "انصارالله", "occurred"),
      ("بریتانیا", "cooperatesWith", US, "occurred")}),
    # an act referred to was coordinated with someone: its agents cooperated with them
    ("هواپیماهای آمریکایی مواضع الشباب را بمباران کردند. به گفته آفریکام، این حملات «در هماهنگی با دولت فدرال سومالی» انجام شده است.",
     {(US, "attacks", "الشباب", "occurred"), ("سومالی", "cooperatesWith", US, "occurred")}),
    # Dari «قوماندان» is a commander; a provincial command is no state's or body's command
    ("جنرال اندری سردیوکوف، قوماندان قوای هوابرد روسیه، گفت.", {("اندری سردیوکوف", "commanderOf", "روسیه", "occurred")}),
    ("جنرال عبدالرازق، قوماندان امنیه کندهار، هشدار داد که پاکستان را هدف قرار خواهد داد.",
     {("عبدالرازق", "threatens", "پاکستان", "occurred")}),
    # a signed declaration is an agreement, also «بیانیه‌ای مشترک» with the indefinite between
    ("الهام علی‌اف، رئیس‌جمهور آذربایجان، و نیکول پاشینیان، نخست‌وزیر ارمنستان، بیانیه‌ای مشترک را امضا کردند.",
     {("الهام علی‌اف", "leaderOf", "جمهوری آذربایجان", "occurred"), ("نیکول پاشینیان", "leaderOf", "ارمنستان", "occurred"),
      ("جمهوری آذربایجان", "signsAgreementWith", "ارمنستان", "occurred"), ("الهام علی‌اف", "meetsWith", "نیکول پاشینیان", "occurred")}),
    # the host of a meeting and those taking part met
    ("انور ابراهیم، نخست‌وزیر مالزی، میزبان این نشست بود و هون مانت، نخست‌وزیر کامبوج، در آن شرکت کرد.",
     {("انور ابراهیم", "leaderOf", "مالزی", "occurred"), ("هون مانت", "leaderOf", "کامبوج", "occurred"),
      ("انور ابراهیم", "meetsWith", "هون مانت", "occurred")}),
    # a named armed group «به فرماندهی X»: X commands it
    ("جنگ میان ارتش سودان به فرماندهی ژنرال عبدالفتاح البرهان و نیروهای پشتیبانی سریع به فرماندهی محمد حمدان دقلو ادامه دارد.",
     {("عبدالفتاح البرهان", "commanderOf", "سودان", "occurred"),
      ("محمد حمدان دقلو", "commanderOf", "نیروهای پشتیبانی سریع", "occurred")}),
    # bare posts listed before the one that names the state are that state's
    ("مونا الصالح، وزیر دفاع، و حسن الحلبی، وزیر کشور مصر، گفتند.",
     {("مونا الصالح", "ministerOf", "مصر", "occurred"), ("حسن الحلبی", "ministerOf", "مصر", "occurred")}),
    # no attack read from the main pair, no place struck either
    ("ائتلاف دریایی به سرکردگی آمریکا در خلیج فارس به صورت رسمی عملیات خود را از بحرین آغاز کرد.", set()),
    # an accusation of fuelling confrontation is hostile
    ("لین جیان، سخنگوی وزارت خارجه چین، ناتو را به «دامن زدن به تقابل» متهم کرد.",
     {("چین", "perceivesThreatFrom", NATO, "occurred")}),
    # the narrator's «کشورمان» is the outlet's state (Iran's when the outlet is unknown), not the last subject's
    ("رجب طیب اردوغان، رئیس‌جمهور ترکیه، در تماس تلفنی با مسعود پزشکیان، رئیس‌جمهور کشورمان، گفت‌وگو کرد.",
     {("رجب طیب اردوغان", "leaderOf", "ترکیه", "occurred"), ("مسعود پزشکیان", "leaderOf", "ایران", "occurred"),
      ("رجب طیب اردوغان", "meetsWith", "مسعود پزشکیان", "occurred")}),
    # inside a quote «کشورمان» is the speaker's state
    ("سرگئی شویگو، وزیر دفاع روسیه، گفت: «ناتو کشورمان را تهدید می‌کند».",
     {("سرگئی شویگو", "ministerOf", "روسیه", "occurred"), (NATO, "threatens", "روسیه", "occurred")}),
    # the head of a delegation («هیئتی از X به سرپرستی Y») is the one who travels and meets
    ("هیئتی بلندپایه از آمریکا به سرپرستی لوید آستین، وزیر دفاع آمریکا، روز جمعه در مانیل با فردیناند مارکوس، "
     "رئیس‌جمهور فیلیپین، دیدار کرد.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("فردیناند مارکوس", "leaderOf", "فیلیپین", "occurred"),
      ("لوید آستین", "meetsWith", "فردیناند مارکوس", "occurred"), ("لوید آستین", "visits", "فیلیپین", "occurred")}),
    ("هیئتی نظامی از پاکستان به سرپرستی ژنرال عاصم منیر، فرمانده ارتش پاکستان، وارد پکن شد.",
     {("عاصم منیر", "commanderOf", "پاکستان", "occurred"), ("عاصم منیر", "visits", "چین", "occurred")}),
    # «این کشور» in a post right after a capital is the capital's state
    ("هیئتی از ژاپن روز جمعه در مانیل با فردیناند مارکوس، رئیس‌جمهور این کشور، دیدار کرد.",
     {("فردیناند مارکوس", "leaderOf", "فیلیپین", "occurred")}),
    # «کشتی جنگی»: «of war», an adjective — no war waged
    ("مادورو در واکنش به اعزام کشتی جنگی بریتانیا به گویان، رزمایش نظامی برپا کرد.", set()),
    # a month or an adjective before a name is not part of it
    ("آمریکا در ماه فوریه جیمز کابارهبه، وزیر دفاع رواندا، را تحریم کرده بود.",
     {("جیمز کابارهبه", "ministerOf", "رواندا", "occurred"), (US, "sanctions", "جیمز کابارهبه", "occurred")}),
    ("هدف این عملیات کاستن از توان نظامی اسلوبودان میلوشویچ، رئیس‌جمهور یوگسلاوی، است.",
     {("اسلوبودان میلوشویچ", "leaderOf", "یوگسلاوی", "occurred")}),
    # a post its holder is removed from, or resigns, is not asserted
    ("فرانک باینیماراما، فرمانده ارتش فیجی، لایسنیا قاراسه، نخست‌وزیر این کشور، را برکنار کرد.",
     {("فرانک باینیماراما", "commanderOf", "فیجی", "occurred")}),
    ("پس از برکناری لی شانگفو، وزیر دفاع چین، دونگ جون به این سمت منصوب شد.", set()),
    ("بوریس جانسون، نخست‌وزیر بریتانیا، از سمت خود استعفا داد.", set()),
    # a law's name is no act; a sea or the waters near a state are not struck (the state's own waters are)
    ("به استناد قانون کنترل صادرات تسلیحات آمریکا، همه کمک‌ها به پاکستان قطع شد.", set()),
    ("ارتش هند به ۹ نقطه در کشمیر حمله کرد.", set()),
    ("چین موشک‌های خود را به آب‌های نزدیک تایوان شلیک کرد.", set()),
    # «متحد ناتو»: a member of the bloc; two of them are allies of one another
    ("ترکیه و یونان با وجود رقابت دیرینه هر دو متحد ناتو هستند.",
     {("ترکیه", "memberOf", NATO, "occurred"), ("یونان", "memberOf", NATO, "occurred"),
      ("ترکیه", "alliedWith", "یونان", "occurred")}),
    ("لهستان، متحد ناتوی آمریکا، خواستار حضور بیشتر نظامیان آمریکایی شد.", {(US, "alliedWith", "لهستان", "occurred")}),
    # «او» beside its clause's own subjects is someone named before (a co-argument would be «خود»)
    ("جو بایدن وارد کابل شد. رایان کراکر، سفیر آمریکا، و ژنرال جان آلن، فرمانده نیروهای آیساف، در فرودگاه از او استقبال کردند.",
     {("جو بایدن", "visits", "افغانستان", "occurred"), ("جو بایدن", "meetsWith", "رایان کراکر", "occurred"),
      ("جو بایدن", "meetsWith", "جان آلن", "occurred")}),
    # a person named without a post: a foreign given name, then a surname the lexicon does not know
    ("ولادیمیر کوزلوف روز دوشنبه در مسکو با جیمز هارتلی دیدار کرد.",
     {("ولادیمیر کوزلوف", "meetsWith", "جیمز هارتلی", "occurred")}),
    # … but not an ordinary word that is also a name («پیر»: old)
    ("نسل پیر کشور با جوانان دیدار کرد.", set()),
    # a place struck that the KB locates is in its state
    ("جنگنده‌های اسرائیل چند مرکز نظامی را در استان خوزستان هدف قرار دادند.",
     {("اسرائیل", "attacks", "استان خوزستان", "occurred"), ("استان خوزستان", "locatedIn", "ایران", "occurred")}),
    # capturing a place is attacking it; a time adjunct before the object and an apposition after it take no part
    ("نیروهای روسیه شهر باخموت را تصرف کردند.",
     {("روسیه", "attacks", "باخموت", "occurred"), ("باخموت", "locatedIn", "اوکراین", "occurred")}),
    ("شورشیان ام۲۳ در فوریه شهر بوکاوو، مرکز استان کیوو جنوبی، را تصرف کردند.",
     {("جنبش ۲۳ مارس", "attacks", "بوکاوو", "occurred"), ("بوکاوو", "locatedIn", "جمهوری دموکراتیک کنگو", "occurred")}),
    # «X، رئیس …، و اعضای خانواده او را»: X is the object, the body in the apposition no argument
    ("وزارت خارجه چین روز جمعه اعلام کرد نانسی پلوسی، رئیس مجلس نمایندگان آمریکا، و اعضای خانواده او را تحریم می‌کند.",
     {("چین", "sanctions", "نانسی پلوسی", "occurred")}),
    # «نشستی در X به میزبانی H و با حضور A و B»: the guests met the host and travelled to X
    ("این تصمیم پس از نشستی در برلین به میزبانی اولاف شولتس، صدراعظم آلمان، و با حضور ریشی سوناک، نخست‌وزیر بریتانیا، گرفته شد.",
     {("اولاف شولتس", "leaderOf", "آلمان", "occurred"), ("ریشی سوناک", "leaderOf", "بریتانیا", "occurred"),
      ("اولاف شولتس", "meetsWith", "ریشی سوناک", "occurred"), ("ریشی سوناک", "visits", "آلمان", "occurred")}),
    # those said to be in for a riposte («پاسخ دندان‌شکن دریافت خواهند کرد») are threatened; not under «اگر کسی …»
    ("علی خامنه‌ای تأکید کرد دشمنان، چه اسرائیل و چه آمریکا، «قطعاً پاسخ دندان‌شکن» دریافت خواهند کرد.",
     {("سید علی خامنه‌ای", "threatens", "اسرائیل", "occurred"), ("سید علی خامنه‌ای", "threatens", US, "occurred")}),
    # stopping or cutting aid to a state sanctions it (the stop verb is the act, not its negation)
    ("دولت ژاپن نیز کمک‌های بلاعوض جدید خود به هند را متوقف کرد.", {("ژاپن", "sanctions", "هند", "occurred")}),
    ("همه کمک‌های اقتصادی واشنگتن به پاکستان قطع شد.", {(US, "sanctions", "پاکستان", "occurred")}),
    ("آمریکا کمک‌های نظامی خود به مصر را قطع کرد.", {(US, "suppliesArmsTo", "مصر", "negated")}),
    # any minister is a minister («وزیر ارتباطات»); a Chinese given name before a surname that is a word
    ("فردی نیانیز، وزیر ارتباطات ونزوئلا، نیز این ویدئو را ساختگی دانست.",
     {("فردی نیانیز", "ministerOf", "ونزوئلا", "occurred")}),
    ("جیانگ زمین، رئیس‌جمهور چین و میزبان نشست، و همتایان او در این نشست شرکت کردند.",
     {("جیانگ زمین", "leaderOf", "چین", "occurred")}),
    # «این کشور» in a post, the sentence after a trip to a capital: the capital's state
    ("لوید آستین، وزیر دفاع آمریکا، روز دوشنبه به توکیو سفر کرد. وی با گن ناکاتانی، وزیر دفاع این کشور، دیدار کرد.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("لوید آستین", "visits", "ژاپن", "occurred"),
      ("گن ناکاتانی", "ministerOf", "ژاپن", "occurred"), ("لوید آستین", "meetsWith", "گن ناکاتانی", "occurred")}),
    # a name hazm tags as a numeral too («دلفین»: N and NUM, but no frequent numeral) keeps its first part
    ("دلفین لورنزانا، وزیر دفاع فیلیپین، گفت.", {("دلفین لورنزانا", "ministerOf", "فیلیپین", "occurred")}),
    # a promise («قول داد») gives nothing
    ("دونالد ترامپ با کیم جونگ اون دیدار کرد. به گفته ترامپ، کیم به او قول داده است آزمایش‌های موشکی را از سر نگیرد.",
     {("دونالد ترامپ", "meetsWith", "کیم جونگ اون", "occurred")}),
    ("کره شمالی گفت سئول به آب‌های سرزمینی این کشور گلوله شلیک کرده است.",
     {("کره جنوبی", "attacks", "کره شمالی", "occurred")}),
    # targets named as a part of a place («علیه مواضع نظامی در X», «به دو پایگاه در X») strike the place
    ("جنگنده‌های فرانسه شامگاه دوشنبه حملات سنگینی را علیه مواضع نظامی در لیبی آغاز کردند.",
     {("فرانسه", "attacks", "لیبی", "occurred")}),
    # an order to attack, then called off
    ("رئیس‌جمهور آمریکا دستور حمله به دو پایگاه در سوریه را صادر کرد، اما ساعتی بعد آن را لغو کرد.",
     {(US, "attacks", "سوریه", "negated")}),
    # a capital named where a target lay is the city struck
    ("ناوهای بریتانیا موشک‌هایی را به سوی پایگاه‌های پدافندی یمن در اطراف صنعا شلیک کردند.",
     {("بریتانیا", "attacks", "یمن", "occurred"), ("بریتانیا", "attacks", "صنعا", "occurred")}),
    # an attack in a «پس از» adjunct took place, whatever the main clause's verb («اخراج» is no negation of it);
    # the ambassador expelled is a sanction
    ("پس از حمله هوایی ترکیه به عراق، بغداد سفیر ترکیه را اخراج کرد.",
     {("ترکیه", "attacks", "عراق", "occurred"), ("عراق", "sanctions", "ترکیه", "occurred")}),
    # «با حمله … به X، Y را کشت»: the strike is the means of the clause subject's own act
    ("ارتش روسیه با حمله موشکی به ساختمانی در کی‌یف دو فرمانده اوکراینی را کشت.",
     {("روسیه", "attacks", "کی‌یف", "occurred")}),
    ("ارتش اسرائیل با حمله به ایران مخالفت کرد.", set()),
    # a place named with its state's genitive is in it; not a state that is the clause's object after it
    ("نشست سران سال آینده در شهر ازمیر ترکیه برگزار خواهد شد.", {("ازمیر", "locatedIn", "ترکیه", "occurred")}),
    ("اردوغان در سخنرانی در شهر ازمیر یونان را به تجاوز متهم کرد.",
     {("رجب طیب اردوغان", "perceivesThreatFrom", "یونان", "occurred")}),
    ("پهپادهای اوکراینی به استان بلگورود روسیه حمله کردند.",
     {("استان بلگورود", "locatedIn", "روسیه", "occurred"), ("اوکراین", "attacks", "استان بلگورود", "occurred")}),
    # «X، مرکز استان Y», «X، دومین شهر استان Y»: a name before the seat of a region is a place in the region's state
    ("نیروهای روسیه به شهر کالاچ، دومین شهر استان دونتسک، حمله کردند.",
     {("شهر کالاچ", "locatedIn", "اوکراین", "occurred"), ("روسیه", "attacks", "شهر کالاچ", "occurred")}),
    ("پهپادها شهر ماریوپل، مرکز استان دونتسک، را هدف قرار دادند.", {("ماریوپل", "locatedIn", "اوکراین", "occurred")}),
    # particles inside foreign names; «گینه» alone is Guinea (Guinea-Bissau is always named in full)
    ("خوان د لا کروز، وزیر دفاع پاناما، و احمد ولد محمد، رئیس‌جمهور گینه، به داکار سفر کردند.",
     {("خوان د لا کروز", "ministerOf", "پاناما", "occurred"), ("احمد ولد محمد", "leaderOf", "جمهوری گینه", "occurred"),
      ("خوان د لا کروز", "visits", "سنگال", "occurred"), ("احمد ولد محمد", "visits", "سنگال", "occurred")}),
    # sanctions by measure: borders or airspace closed to a state, an arms embargo, aid suspended
    ("مصر و اردن روابط خود با لیبی را قطع کرده و مرزهای زمینی و هوایی خود را به روی این کشور بسته‌اند.",
     {("مصر", "sanctions", "لیبی", "occurred"), ("اردن", "sanctions", "لیبی", "occurred"),
      ("مصر", "perceivesThreatFrom", "لیبی", "occurred"), ("اردن", "perceivesThreatFrom", "لیبی", "occurred")}),
    ("هند حریم هوایی خود را به روی هواپیماهای پاکستانی بست.", {("هند", "sanctions", "پاکستان", "occurred")}),
    ("اتحادیه اروپا فروش هرگونه سلاح به میانمار را ممنوع کرد.", {("اتحادیه اروپا", "sanctions", "میانمار", "occurred")}),
    ("دولت ژاپن کمک‌های اقتصادی خود به میانمار را به حالت تعلیق درآورد.", {("ژاپن", "sanctions", "میانمار", "occurred")}),
    ("دولت ژاپن کمک‌های خود به میانمار را متوقف نکرد.", {("ژاپن", "sanctions", "میانمار", "negated")}),
    # a minister acting in another state's capital is visiting it; a commander posted abroad or one at home is not
    ("لوید آستین، وزیر دفاع آمریکا، روز سه‌شنبه در توکیو با خبرنگاران گفتگو کرد.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("لوید آستین", "visits", "ژاپن", "occurred")}),
    ("ژنرال جان نیکلسن، فرمانده نیروهای آمریکا در افغانستان، در کابل گفت.",
     {("جان نیکلسن", "commanderOf", US, "occurred")}),
    ("لوید آستین، وزیر دفاع آمریکا، در واشنگتن گفت.", {("لوید آستین", "ministerOf", US, "occurred")}),
    # «X با پشتیبانی/حمایت Y …», «در هماهنگی با Y»: Y backs the clause subject's act
    ("ارتش سوریه با حمایت روسیه به ادلب حمله کرد.",
     {("روسیه", "cooperatesWith", "سوریه", "occurred"), ("سوریه", "attacks", "استان ادلب", "occurred"),
      ("استان ادلب", "locatedIn", "سوریه", "occurred")}),
    ("نیروهای عراقی با پشتیبانی هوایی آمریکا وارد موصل شدند.", {(US, "cooperatesWith", "عراق", "occurred")}),
    ("پاکستان در هماهنگی با دولت چین وارد عمل شد.", {("پاکستان", "cooperatesWith", "چین", "occurred")}),
    ("آمریکا با حمایت از اسرائیل مخالفت کرد.", set()),
    # a foreign name whose first words are Persian words, between a clause opening and its post
    ("ادوار بالادور، نخست‌وزیر فرانسه، تأکید کرد.", {("ادوار بالادور", "leaderOf", "فرانسه", "occurred")}),
    ("فوجیموری سخن گفت، اما سیکستو دوران باین، رئیس‌جمهور اکوادور، این ادعا را رد کرد.",
     {("سیکستو دوران باین", "leaderOf", "اکوادور", "occurred")}),
    # heads of state by council; numbers before a post and regions are no holders or states
    ("رائول کاسترو، رئیس شورای دولتی کوبا، و بیش از ده رئیس‌جمهور کشورهای آمریکای لاتین در این مراسم حضور داشتند.",
     {("رائول کاسترو", "leaderOf", "کوبا", "occurred")}),
    # a body's acronym in parentheses after a post is no party of its own
    ("ایوان دوکه، رئیس‌جمهور کلمبیا، و رافائل گارسیا، فرمانده کل نیروهای مسلح انقلابی کلمبیا (فارک)، توافق صلح را امضا کردند.",
     {("ایوان دوکه", "leaderOf", "کلمبیا", "occurred"), ("رافائل گارسیا", "commanderOf", "نیروهای مسلح انقلابی کلمبیا", "occurred"),
      ("رافائل گارسیا", "meetsWith", "ایوان دوکه", "occurred"), ("کلمبیا", "signsAgreementWith", "نیروهای مسلح انقلابی کلمبیا", "occurred")}),
    # a missile's Latin name is no person struck; an adverb after «شهر» is no place; an ocean lies in no state
    ("ارتش آمریکا با شلیک ۵۹ موشک کروز تاماهاک (Tomahawk) پایگاه هوایی الشعیرات را هدف قرار داد.",
     {(US, "attacks", "شعیرات", "occurred"), ("شعیرات", "locatedIn", "سوریه", "occurred")}),
    ("فرماندار گفت شهر همچنان در کنترل دولت افغانستان است.", set()),
    ("کرت کمبل، هماهنگ‌کننده امور هند و اقیانوس آرام در کاخ سفید، گفت.", set()),
    # places inside what was talked about are not visited; a ban on sales is no sale, nor is a ban lifted;
    # thousands of members are people, not the clause subject's membership
    ("لاوروف وارد تهران شد و با عراقچی درباره تحولات منطقه و جنایات رژیم صهیونیستی در غزه و لبنان گفت‌وگو کرد.",
     {("سرگئی لاوروف", "visits", "ایران", "occurred")}),
    ("فنلاند ممنوعیت صادرات تسلیحات به ترکیه را که از سال ۲۰۱۹ برقرار بود، لغو کرد.", set()),
    ("دولت ژاپن فروش هواپیماها و سامانه‌های موشکی به کره شمالی را ممنوع کرد.",
     {("ژاپن", "sanctions", "کره شمالی", "occurred")}),
    ("فرانسه میزبان هزاران عضو سازمان مجاهدین خلق است.", set()),
    # a clash between two states or their forces: each attacks the other (ending it says it took place);
    # people clash only in words
    ("درگیری میان نیروهای هند و چین در دره گالوان ۲۰ کشته برجای گذاشت.",
     {("هند", "attacks", "چین", "occurred"), ("چین", "attacks", "هند", "occurred")}),
    ("توافق آتش‌بس به پنج روز درگیری‌های مرزی تایلند و کامبوج پایان داد.",
     {("تایلند", "attacks", "کامبوج", "occurred"), ("کامبوج", "attacks", "تایلند", "occurred")}),
    ("درگیری لفظی میان ترامپ و ماکرون بالا گرفت.", set()),
    # two names in apposition with a plural post: one post each, matched by what is known of them or by order
    ("جیحون بایراموف و آرارات میرزویان، وزرای خارجه آذربایجان و ارمنستان، دیدار کردند.",
     {("جیحون بایراموف", "ministerOf", "جمهوری آذربایجان", "occurred"), ("آرارات میرزویان", "ministerOf", "ارمنستان", "occurred"),
      ("جیحون بایراموف", "meetsWith", "آرارات میرزویان", "occurred")}),
    ("الهام علی‌اف و نیکول پاشینیان دیدار کردند. وزیران خارجه دو کشور، جیحون بایراموف و آرارات میرزویان، متن توافقنامه را پاراف کردند.",
     {("جیحون بایراموف", "ministerOf", "جمهوری آذربایجان", "occurred"), ("آرارات میرزویان", "ministerOf", "ارمنستان", "occurred"),
      ("الهام علی‌اف", "meetsWith", "نیکول پاشینیان", "occurred")}),
    # a rank of several words before a name is no part of it
    ("امیر سرتیپ خلبان حمید واحدی، فرمانده نیروی هوایی ارتش ایران، گفت.",
     {("حمید واحدی", "commanderOf", "ایران", "occurred")}),
    # a clause-initial foreign name may end in a Persian word; a ministry before a post is no name
    ("همزمان سونگ یونگ مو، وزیر دفاع کره جنوبی، گفت.", {("سونگ یونگ مو", "ministerOf", "کره جنوبی", "occurred")}),
    ("وزارت خارجه روسیه کاردار لیتوانی در مسکو را احضار کرد. گابریلیوس لاندسبرگیس، وزیر خارجه لیتوانی، گفت.",
     {("گابریلیوس لاندسبرگیس", "ministerOf", "لیتوانی", "occurred")}),
    # the kind of body before a group's name belongs to it («گروه تروریستی «X»»), so the group is the subject
    ("گروه داعش خراسان به کابل حمله کرد.", {("داعش خراسان", "attacks", "کابل", "occurred")}),
    ("گروه تروریستی «الشباب» به پایگاه ماندا حمله کرد.", {("الشباب", "attacks", "پایگاه ماندا", "occurred")}),
    # «حاضر نشده است …»: not willing, so not planned
    ("سوریه تاکنون حاضر نشده است بدون بازپس‌گیری جولان پیمانی با اسرائیل امضا کند.",
     {("اسرائیل", "signsAgreementWith", "سوریه", "negated")}),
    # «X گفت فعالیت‌های نظامی Y تهدیدی برای منطقه است»: no endangered state named — the speaker's own view
    ("لوید آستین، وزیر دفاع آمریکا، گفت فعالیت‌های نظامی چین تهدیدی برای منطقه است.",
     {("لوید آستین", "ministerOf", US, "occurred"), (US, "perceivesThreatFrom", "چین", "occurred")}),
    # a headline addressing words of force to another is a threat; words of welcome are not
    ("اردوغان به یونان: ممکن است یک شب ناگهان بیاییم", {("رجب طیب اردوغان", "threatens", "یونان", "occurred")}),
    ("بایدن به پوتین: «بهای سنگینی خواهید پرداخت»", {("جو بایدن", "threatens", "روسیه", "occurred")}),
    ("پوتین به ماکرون: از همکاری استقبال می‌کنیم", set()),
    # a stay somewhere is a visit, also after «پس از چهار روز …»
    ("جیمی کارتر، رئیس‌جمهور پیشین آمریکا، روز شنبه پس از چهار روز اقامت در پیونگ‌یانگ وارد کره جنوبی شد.",
     {("جیمی کارتر", "visits", "کره شمالی", "occurred"), ("جیمی کارتر", "visits", "کره جنوبی", "occurred")}),
    # a talk listed after a trip in the same «پس از» adjunct is the subject's own
    ("جیمی کارتر، رئیس‌جمهور پیشین آمریکا، پس از چهار روز اقامت در پیونگ‌یانگ و دو دور گفت‌وگو با کیم ایل سونگ، "
     "رهبر کره شمالی، وارد سئول شد.",
     {("جیمی کارتر", "visits", "کره شمالی", "occurred"), ("جیمی کارتر", "visits", "کره جنوبی", "occurred"),
      ("کیم ایل سونگ", "leaderOf", "کره شمالی", "occurred"), ("جیمی کارتر", "meetsWith", "کیم ایل سونگ", "occurred")}),
    # «X از … Y نگران است»: X fears Y; no one named, no fact
    ("هند از نزدیکی نظامی پاکستان و چین نگران است.",
     {("هند", "perceivesThreatFrom", "پاکستان", "occurred"), ("هند", "perceivesThreatFrom", "چین", "occurred")}),
    ("او گفت نگران نیست.", set()),
    # «این حملات «تهدید جدی برای امنیت X» است»: X fears the agents of the act referred to; a quoted phrase of
    # four words or more still names its states
    ("ارتش پاکستان به ولایت کنر حمله کرد. محمدی گفت این حملات «تهدید جدی برای امنیت افغانستان» است.",
     {("پاکستان", "attacks", "ولایت کنر", "occurred"), ("ولایت کنر", "locatedIn", "افغانستان", "occurred"),
      ("افغانستان", "perceivesThreatFrom", "پاکستان", "occurred")}),
    # «A معروف به «B»»: one person by two names; a rebel commander has no state to leave for a signing abroad
    ("ایوان دوکه، رئیس‌جمهور کلمبیا، و رافائل گارسیا معروف به «ال پروفه»، فرمانده کل نیروهای مسلح انقلابی کلمبیا (فارک)، "
     "در هاوانا توافق صلح را امضا کردند.",
     {("ایوان دوکه", "leaderOf", "کلمبیا", "occurred"), ("رافائل گارسیا", "commanderOf", "نیروهای مسلح انقلابی کلمبیا", "occurred"),
      ("رافائل گارسیا", "meetsWith", "ایوان دوکه", "occurred"),
      ("کلمبیا", "signsAgreementWith", "نیروهای مسلح انقلابی کلمبیا", "occurred"), ("ایوان دوکه", "visits", "کوبا", "occurred")}),
    # «سه متحد این کشور» are the subject's own allies: no other state stands in for «این کشور» in an alliance
    ("رهبران بریتانیا و سه متحد این کشور در ناتو اعلام کردند جز مسئولیت روسیه توضیح دیگری وجود ندارد.", set()),
    # a trip turned back mid-way: the meeting it was for did not happen
    ("یوگنی پریماکوف، نخست‌وزیر روسیه، که عازم واشنگتن بود تا با ال گور دیدار کند، بر فراز اقیانوس اطلس دستور بازگشت "
     "هواپیمای خود به مسکو را داد.",
     {("یوگنی پریماکوف", "leaderOf", "روسیه", "occurred"), ("ال گور", "meetsWith", "یوگنی پریماکوف", "negated")}),
    # criticism or protest of hostile acts is a threat perception; of trade policy it is not
    ("روسیه از اقدامات تحریک‌آمیز ناتو انتقاد کرد.", {("روسیه", "perceivesThreatFrom", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    ("ژاپن به ورود کشتی‌های جنگی چین به آب‌های خود اعتراض کرد.", {("ژاپن", "perceivesThreatFrom", "چین", "occurred")}),
    ("ترامپ از سیاست‌های تجاری چین انتقاد کرد.", set()),
    # «X به فرماندهی Y»: Y commands a named corps and is no target of X's strike
    ("سپاه پاسداران به فرماندهی سرلشکر محمد پاکپور چند پهپاد به سوی اربیل شلیک کرد.",
     {("محمد پاکپور", "commanderOf", "سپاه پاسداران انقلاب اسلامی", "occurred"), ("اربیل", "locatedIn", "عراق", "occurred"),
      ("ایران", "attacks", "اربیل", "occurred")}),
    # «هواپیماها و موشک‌های کروز X»: a bare plural and a weapon's kind share the owner of the next body
    ("هواپیماها و موشک‌های کروز ناتو حملات هوایی را علیه یوگسلاوی آغاز کردند.",
     {("سازمان پیمان آتلانتیک شمالی", "attacks", "یوگسلاوی", "occurred")}),
    ("نیروها و پهپادهای انتحاری روسیه به اوکراین حمله کردند.", {("روسیه", "attacks", "اوکراین", "occurred")}),
    # «شب گذشته» is a time between an attack noun and its target, not a participle
    ("حملات هوایی ترکیه شب گذشته بر شهر قامشلی در شمال سوریه ده تن را کشت.",
     {("ترکیه", "attacks", "قامشلی", "occurred"), ("قامشلی", "locatedIn", "سوریه", "occurred")}),
    # places the reader may not know, named in a known region: the region is struck
    ("جنگنده‌های عربستان بر روستاهای غمر و رازح در استان صعده حمله کردند.",
     {("عربستان سعودی", "attacks", "صعده", "occurred"), ("صعده", "locatedIn", "یمن", "occurred")}),
    # «X در ژانویه A و در فوریه B را تصرف کرد»: both are taken
    ("شورشیان ام۲۳ در ژانویه شهر گوما و در فوریه شهر بوکاوو را تصرف کردند.",
     {("جنبش ۲۳ مارس", "attacks", "گوما", "occurred"), ("جنبش ۲۳ مارس", "attacks", "بوکاوو", "occurred"),
      ("گوما", "locatedIn", "جمهوری دموکراتیک کنگو", "occurred"), ("بوکاوو", "locatedIn", "جمهوری دموکراتیک کنگو", "occurred")}),
    # troops sent at a state's request, with its consent or to defend it: cooperation; «به درخواست» is no wish
    ("نیروهای ویژه اردن به درخواست بحرین وارد منامه شدند.", {("اردن", "cooperatesWith", "بحرین", "occurred")}),
    ("ترکیه برای دفاع از ارمنستان صدها نظامی به این کشور فرستاد.", {("ترکیه", "cooperatesWith", "ارمنستان", "occurred")}),
    ("امارات با موافقت دولت یمن نیروهایی در جزیره سقطری مستقر کرد.",
     {("امارات متحده عربی", "cooperatesWith", "یمن", "occurred")}),
    ("قوای حافظ صلح سازمان پیمان امنیت جمعی به درخواست رئیس‌جمهور قزاقستان وارد این کشور شدند.",
     {("سازمان پیمان امنیت جمعی", "cooperatesWith", "قزاقستان", "occurred")}),
    ("روسیه نیروهای خود را به مرز اوکراین اعزام کرد.", set()),
    # a genitive after a noun and its adjective is no clause subject («مأموریت جدید اتحادیه آفریقا»)
    ("مصر اعلام کرد که نیروهایی را در چارچوب مأموریت جدید اتحادیه آفریقا به سومالی اعزام خواهد کرد.",
     {("مصر", "cooperatesWith", "سومالی", "planned")}),
    # a foreign name may end in a function word right before its post («مکی سال، رئیس‌جمهور سنگال»)
    ("مکی سال، رئیس‌جمهور سنگال، و محمدو بوهاری، رئیس‌جمهور نیجریه، به باماکو سفر کردند.",
     {("مکی سال", "leaderOf", "سنگال", "occurred"), ("محمدو بوهاری", "leaderOf", "نیجریه", "occurred"),
      ("مکی سال", "visits", "جمهوری مالی", "occurred"), ("محمدو بوهاری", "visits", "جمهوری مالی", "occurred")}),
    ("در این سال، رئیس‌جمهور سنگال گفت.", set()),
    # «X، وزیر …، که همراه Y در مسکو بود»: X is visiting too
    ("دلفین لورنزانا، وزیر دفاع فیلیپین، که همراه دوترته در مسکو بود، گفت حکومت نظامی ادامه خواهد داشت.",
     {("دلفین لورنزانا", "ministerOf", "فیلیپین", "occurred"), ("دلفین لورنزانا", "visits", "روسیه", "occurred")}),
    # a counted apposition describes the names: «A و B، دو عضو (دیگر) X، …» and «دو عضو X، A و B»; the main verb's
    # negation is not theirs
    ("اسپانیا و پرتغال، دو عضو دیگر اتحادیه اروپا، این طرح را رد کردند.",
     {("اسپانیا", "memberOf", "اتحادیه اروپا", "occurred"), ("پرتغال", "memberOf", "اتحادیه اروپا", "occurred")}),
    ("جنگنده‌های سه عضو ناتو، نروژ، سوئد و دانمارک، پهپادها را رهگیری کردند.",
     {("نروژ", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"), ("سوئد", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"),
      ("دانمارک", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    # «این اقدام روسیه را … خواند»: the act's named agent, not the agents of the last act told
    ("جنگنده‌های لهستان پهپادها را ساقط کردند. دبیرکل ناتو این اقدام روسیه را «بی‌پروا» خواند.",
     {("سازمان پیمان آتلانتیک شمالی", "perceivesThreatFrom", "روسیه", "occurred")}),
    # the perceiver took part in the last act told: «این اقدام» is another act, not named
    ("آمریکا و ژاپن پیمان دفاعی امضا کردند. نخست‌وزیر ژاپن این اقدام را «بسیار خطرناک» خواند.",
     {("ایالات متحده آمریکا", "signsAgreementWith", "ژاپن", "occurred"), ("ایالات متحده آمریکا", "alliedWith", "ژاپن", "occurred")}),
    # alliances inferred two by two stop at three parties; a larger treaty's members are not listed as pairs
    ("وزیران دفاع مالی، نیجر و بورکینافاسو منشور دفاع متقابل را امضا کردند.",
     {("جمهوری مالی", "signsAgreementWith", "نیجر", "occurred"), ("جمهوری مالی", "signsAgreementWith", "بورکینافاسو", "occurred"),
      ("نیجر", "signsAgreementWith", "بورکینافاسو", "occurred"), ("جمهوری مالی", "alliedWith", "نیجر", "occurred"),
      ("جمهوری مالی", "alliedWith", "بورکینافاسو", "occurred"), ("نیجر", "alliedWith", "بورکینافاسو", "occurred")}),
    # counted soldiers of a state act for it («صدها نظامی گرجی») but bring it into no focus
    ("چین ده‌ها سرباز پاکستانی را آموزش داد.", {("چین", "cooperatesWith", "پاکستان", "occurred")}),
    ("پارلمان ترکیه استقرار ۶۲ هزار نظامی آمریکایی را رد کرد و دولت اردوغان، که هفته گذشته نخست‌وزیر شد، طرح تازه‌ای نفرستاد.",
     {("رجب طیب اردوغان", "leaderOf", "ترکیه", "occurred")}),
    # support of another's operations: «پشتیبانی لجستیکی و اطلاعاتی از عملیات سعودی», «برای حمایت از عملیات اردن»
    ("کاخ سفید اعلام کرد اوباما دستور پشتیبانی لجستیکی و اطلاعاتی از عملیات سعودی را صادر کرده است.",
     {("ایالات متحده آمریکا", "cooperatesWith", "عربستان سعودی", "occurred")}),
    ("امارات یک اسکادران جنگنده را برای حمایت از عملیات اردن به این کشور اعزام کرد.",
     {("امارات متحده عربی", "cooperatesWith", "اردن", "occurred")}),
    # aggression «علیه X»; bombings «در X» with a count before the means; an aggressive act named, or a decree
    # called an aggression, is no attack
    ("جنگنده‌های امارات تجاوز نظامی گسترده‌ای را علیه یمن آغاز کردند.", {("امارات متحده عربی", "attacks", "یمن", "occurred")}),
    ("الشباب ماه گذشته با دو بمب‌گذاری انتحاری در موگادیشو ده‌ها نفر را کشته بود.",
     {("الشباب", "attacks", "موگادیشو", "occurred")}),
    ("وزارت خارجه آمریکا گفت فعالیت‌های نظامی «تهاجمی» چین علیه تایوان تنش‌ها را تشدید می‌کند.", set()),
    ("مادورو این فرمان را «بزرگ‌ترین تجاوز» آمریکا علیه کشورش خواند.",
     {("نیکلاس مادورو", "perceivesThreatFrom", "ایالات متحده آمریکا", "occurred")}),
    # calling another an aggressor, occupier or terrorist: a threat perceived
    ("رهبر حزب‌الله در سخنانی تلویزیونی اسرائیل را «متجاوز» خواند.", {("حزب‌الله لبنان", "perceivesThreatFrom", "اسرائیل", "occurred")}),
    ("ترکیه پ‌ک‌ک را سازمانی تروریستی می‌داند.", {("ترکیه", "perceivesThreatFrom", "حزب کارگران کردستان", "occurred")}),
    # a state that left a body is no longer a member; one that will leave, or did not, says nothing of it now
    ("ازبکستان از سازمان پیمان امنیت جمعی خارج شد.", {("ازبکستان", "memberOf", "سازمان پیمان امنیت جمعی", "negated")}),
    ("ترکیه از ناتو خارج خواهد شد.", set()),
    # «A مایه/موجب نگرانی B است»: B fears whoever A's act is
    ("استقرار موشک‌های آمریکا در لهستان مایه نگرانی روسیه است.", {("روسیه", "perceivesThreatFrom", "ایالات متحده آمریکا", "occurred")}),
    ("نیروهای آمریکا از افغانستان خارج شدند.", set()),
    # an attack warned of is a threat made; fighting «با X» is an attack
    ("پکن هشدار داد که جنگنده‌های چین مواضع تایوان را هدف قرار خواهند داد.", {("چین", "threatens", "تایوان", "occurred")}),
    ("ارتش سوریه سال‌ها با داعش جنگید.", {("سوریه", "attacks", "داعش", "occurred")}),
    # another bearer of a known surname is another person; «آنکه» opens a clause, not a name
    ("فاروق الشرع، وزیر امور خارجه سوریه، گفت.", {("فاروق الشرع", "ministerOf", "سوریه", "occurred")}),
    ("ساعاتی پس از آنکه مگاواتی سوکارنوپوتری، رئیس‌جمهور اندونزی، حکومت نظامی اعلام کرد، ارتش حمله کرد.",
     {("مگاواتی سوکارنوپوتری", "leaderOf", "اندونزی", "occurred")}),
    # a bare command beside one named with its state in the same sentence is that state's
    ("ژنرال اندریارتونو سوتارتو، فرمانده نیروهای مسلح اندونزی، گفت عملیات ادامه خواهد یافت و ژنرال ریامیزارد ریاکودو، "
     "فرمانده نیروی زمینی، افزود شورشیان نابود می‌شوند.",
     {("اندریارتونو سوتارتو", "commanderOf", "اندونزی", "occurred"), ("ریامیزارد ریاکودو", "commanderOf", "اندونزی", "occurred")}),
    # «X را به A و Y را به B منصوب کرد»: two appointments
    ("رئیس‌جمهور نیجریه سرلشکر ابایومی اولونیساکین را به ریاست ستاد کل نیروهای مسلح و سرلشکر توکور بوراتای را به "
     "فرماندهی نیروی زمینی منصوب کرد.",
     {("ابایومی اولونیساکین", "commanderOf", "نیجریه", "occurred"), ("توکور بوراتای", "commanderOf", "نیجریه", "occurred")}),
    # a planned trip with its relative clause, then called off, did not happen
    ("جواد ظریف، وزیر امور خارجه ایران، سفر برنامه‌ریزی‌شده خود به ترکیه را که قرار بود روز چهارشنبه انجام شود لغو کرد.",
     {("جواد ظریف", "ministerOf", "ایران", "occurred"), ("جواد ظریف", "visits", "ترکیه", "negated")}),
    # the exercise's host («به میزبانی X», «… در X آغاز شد»); troops «از A، B و C» took part: each joins the host
    ("رزمایش مشترک «مأموریت صلح» روز جمعه در چین آغاز شد. حدود ۷ هزار نظامی از چین، روسیه، قزاقستان و تاجیکستان "
     "در این رزمایش شرکت داشتند.",
     {("چین", "cooperatesWith", "روسیه", "occurred"), ("چین", "cooperatesWith", "قزاقستان", "occurred"),
      ("چین", "cooperatesWith", "تاجیکستان", "occurred")}),
    ("روسیه، قزاقستان و تاجیکستان در رزمایش مأموریت صلح به میزبانی چین شرکت کردند.",
     {("چین", "cooperatesWith", "روسیه", "occurred"), ("چین", "cooperatesWith", "قزاقستان", "occurred"),
      ("چین", "cooperatesWith", "تاجیکستان", "occurred")}),
    # called off after its relative clause, postponed, or only reported: never occurred or planned
    ("سفر یاشار گولر، وزیر دفاع ترکیه، به عراق که قرار بود هفته آینده انجام شود، لغو شد.",
     {("یاشار گولر", "ministerOf", "ترکیه", "occurred"), ("یاشار گولر", "visits", "عراق", "negated")}),
    ("وزیر خارجه چین سفر خود به استرالیا را به تعویق انداخت.", {("وانگ یی", "visits", "استرالیا", "negated")}),
    ("گزارش‌ها حاکی از آن است که ایران به روسیه پهپاد داده است، اما تهران این را تکذیب کرده است.", set()),
    # «…، اما این سفر انجام نشد»: undone; «به جای دیدار با X» is what was not done
    ("یاشار گولر، وزیر دفاع ترکیه، قرار بود هفته گذشته به بغداد سفر کند، اما این سفر انجام نشد.",
     {("یاشار گولر", "ministerOf", "ترکیه", "occurred"), ("یاشار گولر", "visits", "عراق", "negated")}),
    ("نتانیاهو به جای دیدار با بایدن، با ترامپ دیدار کرد.", {("دونالد ترامپ", "meetsWith", "بنیامین نتانیاهو", "occurred")}),
    # signatories who signed «جداگانه» did not meet
    ("رانیل ویکرمه‌سینگه، نخست‌وزیر سریلانکا، و ولوپیلای پرابهاکاران، رهبر ببرهای تامیل، روز جمعه متن توافق را جداگانه امضا کردند.",
     {("رانیل ویکرمه‌سینگه", "leaderOf", "سری‌لانکا", "occurred"), ("ولوپیلای پرابهاکاران", "leaderOf", "ببرهای آزادی‌بخش تامیل ایلام", "occurred"),
      ("سری‌لانکا", "signsAgreementWith", "ببرهای آزادی‌بخش تامیل ایلام", "occurred")}),
    # back from a trip: the place was visited; an envoy back from his own capital visited nothing
    ("بوریس پیستوریوس، وزیر دفاع آلمان، پس از بازگشت از کی‌یف گفت.",
     {("بوریس پیستوریوس", "ministerOf", "آلمان", "occurred"), ("بوریس پیستوریوس", "visits", "اوکراین", "occurred")}),
    ("سفیر ایران پس از بازگشت از تهران به بغداد گفت.", set()),
    # a conditional strike announced is a threat; the attack in the condition is no one's act
    ("نتانیاهو گفت اسرائیل در صورت لزوم به ایران حمله خواهد کرد.", {("اسرائیل", "threatens", "ایران", "occurred")}),
    ("در صورتی که ایران به اسرائیل حمله کند، آمریکا پاسخ خواهد داد.", set()),
    # a contract to buy arms from a seller is signed with it; an unsigned one is no agreement
    ("دولت شیلی روز جمعه قرارداد خرید ۱۰ فروند جنگنده اف-۱۶ از آمریکا را امضا کرد.",
     {("ایالات متحده آمریکا", "suppliesArmsTo", "شیلی", "occurred"), ("شیلی", "signsAgreementWith", "ایالات متحده آمریکا", "occurred")}),
    ("مصر قرارداد خرید سامانه اس-۳۰۰ از روسیه را امضا نکرد.", {("روسیه", "suppliesArmsTo", "مصر", "negated")}),
    # «A و B، وزیران دفاع دو کشور»: one post each, for the pair in focus, also for names the KB does not know
    ("ترکیه و آذربایجان رزمایش برگزار کردند. یاشار گولر و ذاکر حسن‌اف، وزیران دفاع دو کشور، از آن بازدید کردند.",
     {("جمهوری آذربایجان", "cooperatesWith", "ترکیه", "occurred"), ("یاشار گولر", "ministerOf", "ترکیه", "occurred"),
      ("ذاکر حسن‌اف", "ministerOf", "جمهوری آذربایجان", "occurred")}),
    # «گسترده‌ای» is an adjective with the indefinite «‌ای», not a verb; a time adjunct («از سال …») is no argument
    ("ارتش پاکستان عملیات گسترده‌ای را علیه طالبان آغاز کرد.", {("پاکستان", "attacks", "طالبان", "occurred")}),
    ("ارتش نیجریه بزرگ‌ترین عملیات خود از سال ۲۰۱۰ را علیه بوکوحرام آغاز کرد.", {("نیجریه", "attacks", "بوکوحرام", "occurred")}),
    # «در حمله به [an unnamed target] در X»: the killer's own strike on X; the killed did not strike
    ("شبه‌نظامیان الشباب در حمله به یک پایگاه نظامی در جنوب سومالی ده‌ها سرباز را کشتند.", {("الشباب", "attacks", "سومالی", "occurred")}),
    ("نه سرباز کلمبیایی در حمله شورشیان به یک پایگاه نظامی در شمال کلمبیا کشته شدند.", set()),
    # bans: deliveries of arms, any trade; «هرگونه» is what a ban covers, but any attack is still no attack
    ("پکن تحویل جنگنده‌های جی-۱۰ به پاکستان را ممنوع کرد.", {("چین", "sanctions", "پاکستان", "occurred")}),
    ("اتحادیه اروپا هر گونه تجارت با کره شمالی را ممنوع کرد.", {("اتحادیه اروپا", "sanctions", "کره شمالی", "occurred")}),
    ("ترکیه گفت به هرگونه حمله یونان پاسخ خواهد داد.", {("ترکیه", "threatens", "یونان", "occurred")}),
    # troops based in a state: its partner's; not in a part of it, nor in a state the one basing them attacks
    ("فرانسه حدود ۱۵۰۰ نظامی در جیبوتی مستقر دارد.", {("فرانسه", "cooperatesWith", "جیبوتی", "occurred")}),
    ("ترکیه نیروهای خود را در شمال سوریه مستقر کرد.", set()),
    ("روسیه به گرجستان حمله کرد. روسیه هزاران نظامی در گرجستان مستقر کرده است.", {("روسیه", "attacks", "گرجستان", "occurred")}),
    # an ambiguous name (a weekday too) said to be a state's capital is that capital
    ("شی جین‌پینگ روز سه‌شنبه به دوشنبه، پایتخت تاجیکستان، سفر کرد.",
     {("شی جین‌پینگ", "visits", "تاجیکستان", "occurred"), ("شهر دوشنبه", "locatedIn", "تاجیکستان", "occurred")}),
    ("شی جین‌پینگ روز دوشنبه به تاجیکستان سفر کرد.", {("شی جین‌پینگ", "visits", "تاجیکستان", "occurred")}),
    # «X و دیگر اعضای Y», «X با دیگر اعضای Y»: X is a member, whatever the main verb says of the act
    ("عمان و دیگر اعضای شورای همکاری خلیج فارس با این طرح مخالفت کردند.",
     {("عمان", "memberOf", "شورای همکاری خلیج فارس", "occurred")}),
    ("ترکیه با سایر اعضای ناتو درباره این طرح رایزنی کرد.", {("ترکیه", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    # a body's or a city's one-word KB name inside a foreign name before a post is part of the name
    ("ترز کایکوامبا واگنر، وزیر خارجه جمهوری دموکراتیک کنگو، گفت.",
     {("ترز کایکوامبا واگنر", "ministerOf", "جمهوری دموکراتیک کنگو", "occurred")}),
    ("گروه واگنر، وزیر دفاع روسیه را تهدید کرد.", {("گروه واگنر", "threatens", "روسیه", "occurred")}),
    # expelled diplomats and a suspended membership are sanctions; expelled militants are not
    ("لهستان ۴۵ دیپلمات روس را اخراج کرد.", {("لهستان", "sanctions", "روسیه", "occurred")}),
    ("ارتش عراق شبه‌نظامیان داعش را از شهر موصل اخراج کرد.", set()),
    ("اکوواس عضویت نیجر را به حالت تعلیق درآورد.", {("جامعه اقتصادی کشورهای غرب آفریقا", "sanctions", "نیجر", "occurred")}),
    ("اکوواس مذاکرات با نیجر را به حالت تعلیق درآورد.", set()),
    # troops or vessels seized are attacked; property seized is not; fire opened on a post
    ("نیروی دریایی سپاه پاسداران ۱۵ نظامی انگلیسی را بازداشت کرد.", {("ایران", "attacks", "بریتانیا", "occurred")}),
    ("ایران نفتکش بریتانیایی استنا ایمپرو را توقیف کرد.", {("ایران", "attacks", "بریتانیا", "occurred")}),
    ("کانادا ۹ مقام نظامی میانمار را تحریم کرد و اموال آنها را توقیف خواهد کرد.", {("کانادا", "sanctions", "میانمار", "occurred")}),
    ("نیروهای طالبان به پاسگاه مرزی ایران آتش گشودند.", {("طالبان", "attacks", "ایران", "occurred")}),
    # a name inside a time or cause adjunct closed by a comma is not the main clause's subject
    ("رافائل کورئا، رئیس جمهور اکوادور، پس از حمله کلمبیا به اردوگاه فارک در خاک اکوادور، سفیر کلمبیا را اخراج کرد.",
     {("رافائل کورئا", "leaderOf", "اکوادور", "occurred"), ("کلمبیا", "attacks", "نیروهای مسلح انقلابی کلمبیا", "occurred"),
      ("اکوادور", "sanctions", "کلمبیا", "occurred")}),
    # «X گفت [تسلیح Y] تهدیدی برای Z است»: the noun phrase's actor threatens, the speaker arms no one
    ("مقام‌های یونان گفتند تسلیح ترکیه تهدیدی برای امنیت یونان است.", {("یونان", "perceivesThreatFrom", "ترکیه", "occurred")}),
    ("مقام‌های یونان گفتند هرگونه تسلیح ترکیه تهدیدی برای امنیت یونان است.", {("یونان", "perceivesThreatFrom", "ترکیه", "occurred")}),
    # a state's base in another, a host of others' bases: basing cooperation with each
    ("جیبوتی میزبان پایگاه‌های نظامی آمریکا، فرانسه و ژاپن نیز هست.",
     {("ایالات متحده آمریکا", "cooperatesWith", "جیبوتی", "occurred"), ("فرانسه", "cooperatesWith", "جیبوتی", "occurred"),
      ("ژاپن", "cooperatesWith", "جیبوتی", "occurred")}),
    ("ترکیه در قطر پایگاه نظامی دارد.", {("ترکیه", "cooperatesWith", "قطر", "occurred")}),
    # a trip's own finite verb: «پس از X» before it is no adjunct of the trip, and its status is the verb's
    ("مایک پمپئو پس از دهلی نو راهی سریلانکا، مالدیو و ویتنام خواهد شد.",
     {("مایک پمپئو", "visits", "سری‌لانکا", "planned"), ("مایک پمپئو", "visits", "مالدیو", "planned"),
      ("مایک پمپئو", "visits", "ویتنام", "planned")}),
    # two leaders in whose presence something is signed meet
    ("وزیران دفاع دو کشور سند را در حضور ولادیمیر پوتین و رجب طیب اردوغان امضا کردند.",
     {("ولادیمیر پوتین", "meetsWith", "رجب طیب اردوغان", "occurred")}),
    # Dari spellings of states («قرغیزستان», «جرمنی»); «متحدان خود در X»: the subject is a member of X
    ("قوای تاجیکستان قریه‌های ولایت باتکن قرغیزستان را هدف قرار دادند.",
     {("تاجیکستان", "attacks", "قرقیزستان", "occurred"), ("تاجیکستان", "attacks", "ولایت باتکن", "occurred")}),
    ("لهستان از متحدان خود در ناتو و اتحادیه اروپا کمک خواست.",
     {("لهستان", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"), ("لهستان", "memberOf", "اتحادیه اروپا", "occurred")}),
    # a planned trip («برنامه‌ریزی‌شده», one token after normalising) put off; the one replaced («به جای Y») did not go
    ("دیلما روسف سفر دولتی خود به واشنگتن را که برای اکتبر برنامه‌ریزی شده بود، به تعویق انداخت.",
     {("دیلما روسف", "visits", "ایالات متحده آمریکا", "negated")}),
    ("منوچهر متکی، وزیر امور خارجه ایران، که به جای محمود احمدی نژاد برای حضور در این نشست به نیویورک سفر کرده بود، گفت.",
     {("منوچهر متکی", "ministerOf", "ایران", "occurred"), ("منوچهر متکی", "visits", "نیویورک", "occurred")}),
    # Central Asian given names that are also Persian words open a name («اسلام کریموف», «صدر جپاروف»)
    ("اسلام کریموف، رئیس‌جمهور ازبکستان، و صدر جپاروف، رئیس‌جمهور قرقیزستان، دیدار کردند.",
     {("اسلام کریموف", "leaderOf", "ازبکستان", "occurred"), ("صدر جپاروف", "leaderOf", "قرقیزستان", "occurred"),
      ("اسلام کریموف", "meetsWith", "صدر جپاروف", "occurred")}),
    # «X و A، B و C»: one party facing a group agrees with each member, not the members with one another
    ("این توافق میان ایران و آمریکا، روسیه و چین امضا شد.",
     {("ایالات متحده آمریکا", "signsAgreementWith", "ایران", "occurred"), ("روسیه", "signsAgreementWith", "ایران", "occurred"),
      ("چین", "signsAgreementWith", "ایران", "occurred")}),
    ("فیصل تانجونگ، وزیر هماهنگ‌کننده امور سیاسی و امنیتی اندونزی، گفت.", {("فیصل تانجونگ", "ministerOf", "اندونزی", "occurred")}),
    # a rare word in hazm's list, after a place head and before a state, names a place; common adjectives do not
    ("نشست در شهر استراسبورگ فرانسه برگزار شد.", {("شهر استراسبورگ", "locatedIn", "فرانسه", "occurred")}),
    ("تأسیسات نفتی عربستان هدف قرار گرفت.", set()),
    # «X … با حضور Y …»: X meets Y at the event
    ("ولادیمیر پوتین، رئیس‌جمهور روسیه، در مراسمی با حضور عسکر آقایف، رئیس‌جمهور قرقیزستان، پایگاه هوایی کانت را افتتاح کرد.",
     {("ولادیمیر پوتین", "leaderOf", "روسیه", "occurred"), ("عسکر آقایف", "leaderOf", "قرقیزستان", "occurred"),
      ("ولادیمیر پوتین", "meetsWith", "عسکر آقایف", "occurred")}),
    # no place from an adjective after a place head; a region the KB places in no state lies in none
    ("ویتنام با استقرار پایگاه نظامی خارجی در خاک این کشور مخالف است.", set()),
    ("بیش از صد هزار تن از باشندگان مناطق سرحدی قرغیزستان بی‌جا شده‌اند.", set()),
    ("سران کشورهای آمریکای جنوبی در برازیلیا، پایتخت برزیل، گرد آمدند.", {("برازیلیا", "locatedIn", "برزیل", "occurred")}),
    # an ambassador «در این کشور» serves there: neither his post's place is the signing's nor does he visit
    ("این سند در سئول به امضای هان مین‌کو، وزیر دفاع کره جنوبی، و یاسوماسا ناگامینه، سفیر ژاپن در این کشور، رسید.",
     {("هان مین‌کو", "ministerOf", "کره جنوبی", "occurred"), ("ژاپن", "signsAgreementWith", "کره جنوبی", "occurred"),
      ("یاسوماسا ناگامینه", "meetsWith", "هان مین‌کو", "occurred")}),
    # sanctions warned of, with or without a condition or «که», are a threat made
    ("رهبران اکوواس هشدار دادند اگر نظم قانون اساسی به این کشور بازنگردد، تحریم‌های بیشتری علیه نیجر اعمال خواهند کرد.",
     {("جامعه اقتصادی کشورهای غرب آفریقا", "threatens", "نیجر", "occurred")}),
    ("اکوواس هشدار داد که تحریم‌های بیشتری علیه نیجر اعمال خواهد کرد.",
     {("جامعه اقتصادی کشورهای غرب آفریقا", "threatens", "نیجر", "occurred")}),
    # troops seized, with a relative clause after «را»; a president arrested is no attack on his state; a unit's commander
    ("نیروی دریایی سپاه پاسداران روز جمعه ۱۵ نظامی انگلیسی را که با دو قایق وارد آب‌های ایران شده بودند، بازداشت کرد.",
     {("ایران", "attacks", "بریتانیا", "occurred")}),
    ("سرهنگ مامادی دومبویا، فرمانده گروه نیروهای ویژه ارتش گینه، روز یکشنبه کنده را بازداشت کرد.",
     {("مامادی دومبویا", "commanderOf", "جمهوری گینه", "occurred")}),
    # «به دیدار X رفتند»: they met X (and not one another)
    ("مایک پمپئو و مارک اسپر سپس به دیدار نارندرا مودی، نخست‌وزیر هند، رفتند.",
     {("نارندرا مودی", "leaderOf", "هند", "occurred"), ("نارندرا مودی", "meetsWith", "مایک پمپئو", "occurred"),
      ("نارندرا مودی", "meetsWith", "مارک اسپر", "occurred")}),
    # what someone said, before his name and post, is no part of the name; «را» after it marks the statement
    ("کاخ سفید سخنان ژان کاستکس نخست‌وزیر فرانسه را نپذیرفت.", {("ژان کاستکس", "leaderOf", "فرانسه", "occurred")}),
    ("کاخ سفید سخنان ژان کاستکس، نخست‌وزیر فرانسه، را نپذیرفت.", {("ژان کاستکس", "leaderOf", "فرانسه", "occurred")}),
    # «X، post، نیز که … میزبان Y شد»: the relative clause's antecedent hosted Y
    ("جو بایدن، رئیس‌جمهور آمریکا، نیز که یک روز بعد میزبان رجب طیب اردوغان شد، سخن گفت.",
     {("جو بایدن", "leaderOf", "ایالات متحده آمریکا", "occurred"), ("رجب طیب اردوغان", "meetsWith", "جو بایدن", "occurred")}),
    # a Kurdish given name that is also a Persian word; a post written without spaces
    ("هوشیار زیباری، وزیرامورخارجه عراق، روز دوشنبه به آنکارا رفت.",
     {("هوشیار زیباری", "ministerOf", "عراق", "occurred"), ("هوشیار زیباری", "visits", "ترکیه", "occurred")}),
    # readiness to aim missiles at another's bases is a threat; an air base abroad and a deployment are basing
    ("کره شمالی آماده است موشک‌های خود را به سوی پایگاه‌های آمریکا در منطقه نشانه‌گیری کند.",
     {("کره شمالی", "threatens", "ایالات متحده آمریکا", "occurred")}),
    ("آمریکا پایگاه هوایی خود در قطر را گسترش داد.", {("ایالات متحده آمریکا", "cooperatesWith", "قطر", "occurred")}),
    ("استقرار نیروهای ارتش روسیه در بلاروس", {("روسیه", "cooperatesWith", "بلاروس", "occurred")}),
    # an agreement reached «میان X و Y» («به دست آمد», «حاصل شد»); «توافق X با Y» alone is no act
    ("توافق میان ارمنستان و آذربایجان حاصل شد.", {("جمهوری آذربایجان", "signsAgreementWith", "ارمنستان", "occurred")}),
    ("توافق اتیوپی با سومالی درباره بندر بربره در دست بررسی است.", set()),
    # an act said to endanger or weaken security or peace: the one endangered (or the speaker) fears its agent
    ("وزیر خارجه استونی گفت مسکو امنیت منطقه بالتیک را به خطر می‌اندازد.", {("استونی", "perceivesThreatFrom", "روسیه", "occurred")}),
    ("بلاروس امنیت لهستان را به خطر انداخته است.", {("لهستان", "perceivesThreatFrom", "بلاروس", "occurred")}),
    ("پکن گفت رزمایش‌های ژاپن صلح و ثبات منطقه را تضعیف می‌کند.", {("چین", "perceivesThreatFrom", "ژاپن", "occurred")}),
    ("این شرکت سرمایه خود را به خطر انداخت.", set()),
    # holding a state responsible for a hostile act is an accusation; «مسئول» of anything else is not
    ("امارات ایران را مسئول حمله به نفتکش‌ها دانست.", {("امارات متحده عربی", "perceivesThreatFrom", "ایران", "occurred")}),
    ("عراق ترکیه را مسئول برگزاری نشست دانست.", set()),
    # threats faced, with an adjective between: the one facing them fears them, even with a negated main verb
    ("ژاپن در برابر «تهدیدهای نظامی» کره شمالی کوتاه نخواهد آمد.", {("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    # an ambiguous name right before a state and «را»: the state, the other its object
    ("آذربایجان ارمنستان را به نقض آتش‌بس متهم کرد.", {("جمهوری آذربایجان", "perceivesThreatFrom", "ارمنستان", "occurred")}),
    # «X، post1 و post2،»: two posts of one holder (and no one named after the apposition)
    ("ماکی سال، رئیس‌جمهور سنگال و رئیس دوره‌ای اتحادیه آفریقا، سخن گفت.",
     {("ماکی سال", "leaderOf", "سنگال", "occurred"), ("ماکی سال", "leaderOf", "اتحادیه آفریقا", "occurred")}),
    # a known given name opens a foreign name anywhere, even with a city's name as surname
    ("این طرح در دولت ریکاردو لاگوس، رئیس‌جمهور شیلی، تصویب شد.", {("ریکاردو لاگوس", "leaderOf", "شیلی", "occurred")}),
    # «رئیس امارات» is the state's president; «بن سلطان» is a father's name, not a sultan's post
    ("شیخ زاید بن سلطان آل نهیان، رئیس امارات، سخن گفت.",
     {("زاید بن سلطان آل نهیان", "leaderOf", "امارات متحده عربی", "occurred")}),
    # «اعضای (دیگر) X A، B و C هستند»: the list after the body, closed by a copula; a body in focus
    ("اعضای دیگر اتحادیه آفریقا مصر، نیجریه و کنیا هستند.",
     {("مصر", "memberOf", "اتحادیه آفریقا", "occurred"), ("نیجریه", "memberOf", "اتحادیه آفریقا", "occurred"),
      ("کنیا", "memberOf", "اتحادیه آفریقا", "occurred")}),
    ("مالی از اتحادیه آفریقا تعلیق شد. اعضای این سازمان غنا و سنگال هستند.",
     {("غنا", "memberOf", "اتحادیه آفریقا", "occurred"), ("سنگال", "memberOf", "اتحادیه آفریقا", "occurred")}),
    # a listed antecedent of a relative clause; «X، متحد خود در Y،»
    ("فنلاند و سوئد که به عضویت ناتو درآمده‌اند، در نشست سران حاضر شدند.",
     {("فنلاند", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"),
      ("سوئد", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    ("کانادا از لتونی، متحد خود در ناتو، حمایت کرد.", {("لتونی", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    # «برای مقابله با تهدید … X»: the foe faced is feared, and no partner of the agreement
    ("فیلیپین و ویتنام برای مقابله با تهدید دریایی و هوایی چین به توافق رسیدند.",
     {("فیلیپین", "perceivesThreatFrom", "چین", "occurred"), ("ویتنام", "perceivesThreatFrom", "چین", "occurred"),
      ("فیلیپین", "signsAgreementWith", "ویتنام", "occurred")}),
    ("نروژ اقدامات روسیه در قطب شمال را «تهاجمی» خواند.",
     {("نروژ", "perceivesThreatFrom", "روسیه", "occurred")}),
    # as many names as states before a plural post, respectively
    ("آندری دودا، کلاوس یوهانیس و گیتاناس نائوسدا، رؤسای جمهور لهستان، رومانی و لیتوانی، سخن گفتند.",
     {("آندری دودا", "leaderOf", "لهستان", "occurred"), ("کلاوس یوهانیس", "leaderOf", "رومانی", "occurred"),
      ("گیتاناس نائوسدا", "leaderOf", "لیتوانی", "occurred")}),
    # given names before a surname that is also a word; an East Asian surname that is also a Persian word
    ("محمد علی بدوی، وزیر دفاع مصر، گفت.", {("محمد علی بدوی", "ministerOf", "مصر", "occurred")}),
    ("ما کای‌ون، وزیر دفاع تایوان، گفت.", {("ما کای‌ون", "ministerOf", "تایوان", "occurred")}),
    # sanctions: on a state's officials and bodies (a demonym after a coordination), in Dari («تعزیرات»), bans on
    # investment and on entry, living under an embargo, land borders closed «با» a state
    ("ژاپن و استرالیا تحریم‌هایی علیه مقام‌ها و نهادهای ایرانی اعلام کردند.",
     {("ژاپن", "sanctions", "ایران", "occurred"), ("استرالیا", "sanctions", "ایران", "occurred")}),
    ("تعزیرات اتحادیه اروپا علیه روسیه تمدید شد.", {("اتحادیه اروپا", "sanctions", "روسیه", "occurred")}),
    ("کانادا هرگونه سرمایه‌گذاری تازه در کره شمالی را ممنوع کرد.", {("کانادا", "sanctions", "کره شمالی", "occurred")}),
    ("اتحادیه اروپا ورود مقام‌های ارشد بلاروس را به خاک اتحادیه ممنوع کرد.",
     {("اتحادیه اروپا", "sanctions", "بلاروس", "occurred")}),
    ("سودان سال‌هاست زیر تحریم تسلیحاتی اتحادیه اروپا قرار دارد.", {("اتحادیه اروپا", "sanctions", "سودان", "occurred")}),
    ("کنیا و اوگاندا مرزهای زمینی خود با سومالی را بستند.",
     {("کنیا", "sanctions", "سومالی", "occurred"), ("اوگاندا", "sanctions", "سومالی", "occurred")}),
    # a bloc the KB lacks suspends a member; founders of an alliance (a quoted object) are its members and allies
    ("مرکوسور عضویت پاراگوئه را به حالت تعلیق درآورد.", {("مرکوسور", "sanctions", "پاراگوئه", "occurred")}),
    ("گینه، چاد و سودان «پیمان ورشو» را بنیان گذاشتند.",
     {("جمهوری گینه", "memberOf", "پیمان ورشو", "occurred"), ("چاد", "memberOf", "پیمان ورشو", "occurred"),
      ("سودان", "memberOf", "پیمان ورشو", "occurred"), ("جمهوری گینه", "alliedWith", "چاد", "occurred"),
      ("جمهوری گینه", "alliedWith", "سودان", "occurred"), ("چاد", "alliedWith", "سودان", "occurred")}),
    # «گزینه نظامی … روی میز است» is a threat made; «… روی میز نیست» rules it out
    ("کاخ سفید گفت گزینه نظامی درباره کره شمالی روی میز است.",
     {("ایالات متحده آمریکا", "threatens", "کره شمالی", "occurred")}),
    ("کاخ سفید گفت گزینه نظامی درباره کره شمالی روی میز نیست.",
     {("ایالات متحده آمریکا", "threatens", "کره شمالی", "negated")}),
    # a clause opening with a longer noun phrase: its actor is the subject; a stake threatened is a danger named
    ("مسکو گفت گسترش زیرساخت‌های نظامی آمریکا در اروپا امنیت روسیه را تهدید می‌کند.",
     {("روسیه", "perceivesThreatFrom", "ایالات متحده آمریکا", "occurred")}),
    ("پکن گفت اقدامات آمریکا ژاپن را تهدید می‌کند.", {("ایالات متحده آمریکا", "threatens", "ژاپن", "occurred")}),
    # a relative clause after the partner closes with a comma: the main verb is the trigger's
    ("وزیر دفاع هند، در دیدار با لوید آستین، وزیر دفاع آمریکا که در دهلی نو به سر می‌برد، گفت همکاری ادامه دارد.",
     {("لوید آستین", "ministerOf", "ایالات متحده آمریکا", "occurred"), ("لوید آستین", "visits", "هند", "occurred"),
      ("راجنات سینگ", "meetsWith", "لوید آستین", "occurred")}),
    # «این کشور» after a capital that is the clause's subject is the capital's state
    ("مسکو سلاح فروخت. ریاض در جریان سفر شی جین‌پینگ به این کشور قراردادی امضا کرد.",
     {("شی جین‌پینگ", "visits", "عربستان سعودی", "occurred")}),
    # a participant of strikes attacks their target; «به رهبری X» inside the noun phrase is no other argument
    ("امارات در حملات هوایی ائتلاف به رهبری آمریکا علیه مواضع القاعده شرکت کرد.",
     {("امارات متحده عربی", "attacks", "القاعده", "occurred")}),
    # the preposition of a longer noun phrase with a coordination («به یک مرکز آموزشی و فرودگاه نظامی X»)
    ("الشباب به یک پایگاه نظامی و فرودگاه کنیا حمله کرد.", {("الشباب", "attacks", "کنیا", "occurred")}),
    # appointed «به وزارت دفاع» (with or without its state); a kinship noun is no part of a name
    ("امیر قطر، تمیم بن حمد آل ثانی، برادرش خالد بن حمد را به وزارت دفاع منصوب کرد.",
     {("تمیم بن حمد آل ثانی", "leaderOf", "قطر", "occurred"), ("خالد بن حمد", "ministerOf", "قطر", "occurred")}),
    ("پوتین آندری بلوسوف را به وزارت دفاع روسیه منصوب کرد.", {("آندری بلوسوف", "ministerOf", "روسیه", "occurred")}),
    ("شی جین‌پینگ دونگ جون را به وزارت دفاع چین منصوب کرد.", set()),  # the appointer is no minister
    ("ملک عبدالله پسرش را وزیر دفاع کرد.", set()),
    # where someone heads is not the state of a post before it
    ("امانوئل مکرون برای دیدار با پادشاه جدید راهی ریاض شد.",
     {("امانوئل مکرون", "visits", "عربستان سعودی", "occurred")}),
    # a dateline is no argument; an acronym in parentheses after the full name is the same body, no subject
    ("بروکسل - سوئد، نروژ و دانمارک روز جمعه به سازمان پیمان آتلانتیک شمالی (ناتو) پیوستند.",
     {("سوئد", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"),
      ("نروژ", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred"),
      ("دانمارک", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    # «N عضو دیگر، یعنی A، B و C»: members of the body in focus
    ("مصر به اتحادیه آفریقا پیوست. نمایندگان سه عضو دیگر، یعنی کنیا، غنا و نیجریه، حضور داشتند.",
     {("مصر", "memberOf", "اتحادیه آفریقا", "occurred"), ("کنیا", "memberOf", "اتحادیه آفریقا", "occurred"),
      ("غنا", "memberOf", "اتحادیه آفریقا", "occurred"), ("نیجریه", "memberOf", "اتحادیه آفریقا", "occurred")}),
    # a base named by its number; a training ground
    ("پایگاه هوایی ۳۵ فرانسه در جیبوتی گسترش یافت.", {("پایگاه هوایی ۳۵ فرانسه", "locatedIn", "جیبوتی", "occurred")}),
    ("رزمایش در میدان تمرینی گوروخوفتس در غرب روسیه برگزار شد.",
     {("میدان تمرینی گوروخوفتس", "locatedIn", "روسیه", "occurred")}),
    # those who attend the event just placed abroad («در این مراسم حضور داشتند») visit where it is
    ("وزیران خارجه مصر و اردن در مراسمی در ژنو توافقی امضا کردند. جان کری، وزیر خارجه آمریکا، در این مراسم حضور داشت.",
     {("جان کری", "ministerOf", "ایالات متحده آمریکا", "occurred"), ("جان کری", "visits", "ژنو", "occurred"),
      ("مصر", "signsAgreementWith", "اردن", "occurred"), ("ایمن الصفدی", "meetsWith", "سامح شکری", "occurred"),
      ("سامح شکری", "visits", "ژنو", "occurred"), ("ایمن الصفدی", "visits", "ژنو", "occurred"),
      ("سامح شکری", "visits", "سوئیس", "occurred"), ("ایمن الصفدی", "visits", "سوئیس", "occurred")}),
    # a plan («قرار بود») that a «but» later calls off did not happen; a head of state who resigns holds no post
    ("قرار بود ترکیه نیز به اتحادیه اروپا بپیوندد، اما سران اتحادیه پذیرش آن را به تعویق انداختند.",
     {("ترکیه", "memberOf", "اتحادیه اروپا", "negated")}),
    ("قرار بود ترکیه به اتحادیه اروپا بپیوندد.", {("ترکیه", "memberOf", "اتحادیه اروپا", "planned")}),
    ("ایوو مورالس، رئیس‌جمهور بولیوی، روز یکشنبه در سخنرانی تلویزیونی در لاپاز از قدرت کناره‌گیری کرد.", set()),
    # initials before a name do not end the sentence; an adjective after its noun opens no name; an ordinal opens a post
    ("ای. کی. سینگ، وزیر دفاع هند، به ورشو رفت.",
     {("ای. کی. سینگ", "ministerOf", "هند", "occurred"), ("ای. کی. سینگ", "visits", "لهستان", "occurred")}),
    ("مخالفان از دولت ائتلافی نارندرا مودی، نخست‌وزیر هند، انتقاد کردند.",
     {("نارندرا مودی", "leaderOf", "هند", "occurred")}),
    ("شی نخستین رهبر چین که به پیونگ یانگ سفر کرد", set()),
    # «را» after the appointee's apposition; the appointer is no minister
    ("رجب طیب اردوغان، رئیس‌جمهور ترکیه، با صدور فرمانی ژنرال یاشار گولر، رئیس ستاد کل، را به سمت وزیر دفاع این کشور منصوب کرد.",
     {("رجب طیب اردوغان", "leaderOf", "ترکیه", "occurred"), ("یاشار گولر", "commanderOf", "ترکیه", "occurred"),
      ("یاشار گولر", "ministerOf", "ترکیه", "occurred")}),
    # a clause-opening adverb before the subject noun phrase; positions struck around a city are not the city
    ("ویلیام پری، وزیر دفاع آمریکا، سخن گفت. همزمان توپخانه نیروهای واکنش سریع آلمان و هلند مواضع شورشیان را گلوله‌باران کرد.",
     {("ویلیام پری", "ministerOf", "ایالات متحده آمریکا", "occurred")}),
    ("جنگنده‌های روسی مواضع شورشیان را در اطراف حلب بمباران کردند.", set()),
    # a passive's subject is inside its «که» clause, not the main clause's subject; a refusal negates
    ("واشنگتن شواهدی در اختیار دارد که این سلاح‌ها از سوی ارتش سوریه ارسال می‌شود.", set()),
    ("لهستان و مجارستان از امضای این پیمان خودداری کردند.",
     {("لهستان", "signsAgreementWith", "مجارستان", "negated")}),
    # «را» after the apposition of a place named by its head noun; downing a state's aircraft
    ("جنگنده‌های سودانی شهر جوبا، مرکز ایالت استوایی مرکزی، را بمباران کردند.", {("سودان", "attacks", "جوبا", "occurred")}),
    ("ترکیه یک جنگنده روسیه را سرنگون کرد.", {("ترکیه", "attacks", "روسیه", "occurred")}),
    # a mediator («با میانجیگری X») is no party to the agreement
    ("ارمنستان و آذربایجان با میانجیگری قطر توافق کردند.",
     {("ارمنستان", "signsAgreementWith", "جمهوری آذربایجان", "occurred")}),
    # an invitation to travel refused («… را نپذیرفته»): no trip
    ("ایهود باراک، نخست‌وزیر اسرائیل، دعوت بوش برای سفر به واشنگتن را نپذیرفته و گفته بود این سفر مناسب نیست.",
     {("ایهود باراک", "leaderOf", "اسرائیل", "occurred"), ("ایهود باراک", "visits", "ایالات متحده آمریکا", "negated")}),
    # «X، یکی از اعضای Y/خود،»: an apposition of membership (the body, or the clause's subject for «خود»)
    ("ناتو از لیتوانی، یکی از اعضای این پیمان، حمایت کرد.",
     {("لیتوانی", "memberOf", "سازمان پیمان آتلانتیک شمالی", "occurred")}),
    ("اتحادیه آفریقا از کنیا، یکی از اعضای خود، حمایت کرد.", {("کنیا", "memberOf", "اتحادیه آفریقا", "occurred")}),
    # present in a foreign city («که در X حضور داشت»); a request inside a closed time adjunct does not make the main
    # clause's trip hypothetical
    ("نیکول پاشینیان، نخست‌وزیر ارمنستان، که در آنکارا حضور داشت، گفت کشورش خواهان صلح است.",
     {("نیکول پاشینیان", "leaderOf", "ارمنستان", "occurred"), ("نیکول پاشینیان", "visits", "ترکیه", "occurred")}),
    ("شهباز شریف، نخست‌وزیر پاکستان، روز شنبه پس از تماس تلفنی با اردوغان و درخواست دیدار، راهی آنکارا شد.",
     {("شهباز شریف", "leaderOf", "پاکستان", "occurred"), ("شهباز شریف", "visits", "ترکیه", "occurred")}),
    # a request in a causal adjunct goes on past its comma: what it asks for is not done
    ("دولت آلمان به دنبال درخواست یک شرکت، مبنی بر تحویل تانک به ترکیه، جلسه تشکیل داد.", set()),
    # «در حاشیه این نشست با X … دیدار داشته باشد»: the partners are the meeting's; «پس از دیداری سه‌ساعته با X»;
    # «با X دیدار و …» (the light verb left out); a clash two sides judge is not theirs
    ("قرار است امانوئل مکرون در حاشیه این نشست با اولاف شولتس، صدراعظم آلمان، دیدار داشته باشد.",
     {("اولاف شولتس", "leaderOf", "آلمان", "occurred"), ("امانوئل مکرون", "meetsWith", "اولاف شولتس", "planned")}),
    ("ولادیمیر پوتین روز جمعه با رجب طیب اردوغان دیدار و شرایط آتش‌بس را به او ابلاغ کرد.",
     {("رجب طیب اردوغان", "meetsWith", "ولادیمیر پوتین", "occurred")}),
    ("هند و آمریکا در بیانیه‌ای مشترک، درگیری‌های جاری در کشمیر را خطرناک خواندند.", set()),
    # the spelling «مشارکت استراتژیک» of a strategic partnership
    ("ایالات متحده و ویتنام مشارکت استراتژیک دو کشور را گسترش دادند.",
     {("ایالات متحده آمریکا", "cooperatesWith", "ویتنام", "occurred")}),
    # armed groups named by what they are and where they come from are one actor, not the state or region inside;
    # the bare word later points back to them; a state's armed forces stay the state's
    ("شورشیان چچن به گروزنی حمله کردند.",
     {("شورشیان چچن", "attacks", "گروزنی", "occurred"), ("گروزنی", "locatedIn", "روسیه", "occurred")}),
    ("نیروهای ارمنی قره‌باغ شهر شوشا را تصرف کردند.",
     {("نیروهای ارمنی قره‌باغ", "attacks", "شوشا", "occurred"), ("شوشا", "locatedIn", "جمهوری آذربایجان", "occurred")}),
    ("شورشیان اسلام‌گرای تاجیک به پاسگاه شماره ۱۲ حمله کردند.",
     {("شورشیان اسلام‌گرای تاجیک", "attacks", "پاسگاه شماره ۱۲", "occurred")}),
    ("صرب‌های بوسنی دیروز بیانیه‌ای منتشر کردند. صرب‌ها به شهر گوراژده حمله کردند.",
     {("صرب‌های بوسنی", "attacks", "شهر گوراژده", "occurred")}),
    ("شورشیان به شهر گوراژده حمله کردند.", set()),
    ("نیروهای مسلح مغولستان و آمریکا رزمایش مشترک برگزار کردند.",
     {("ایالات متحده آمریکا", "cooperatesWith", "مغولستان", "occurred")}),
    # a cooperation said to be aimed at no one is asserted, not denied; «هیچ همکاری … ندارند» is denied
    ("پوتین گفت همکاری روسیه و ونزوئلا «علیه هیچ کشور ثالثی» نیست.",
     {("روسیه", "cooperatesWith", "ونزوئلا", "occurred")}),
    ("روسیه و ونزوئلا هیچ همکاری نظامی ندارند.", {("روسیه", "cooperatesWith", "ونزوئلا", "negated")}),
    # small arms are arms; a participle before «که» is a perfect verb with its auxiliary left out
    ("روسیه ۱۰۰ هزار قبضه تفنگ کلاشنیکف به ونزوئلا فروخته که نخستین محموله‌های آن تحویل شده است.",
     {("روسیه", "suppliesArmsTo", "ونزوئلا", "occurred")}),
    ("در هفته گذشته که روسیه به اوکراین حمله کرد، آمریکا واکنش نشان داد.", {("روسیه", "attacks", "اوکراین", "occurred")}),
    # a group named by what it is owns the posts named with it; a verb's weapon is its object, before it
    ("صرب‌های بوسنی دیروز بیانیه‌ای منتشر کردند. رادوان کاراجیچ، رهبر صرب‌های بوسنی، گفت.",
     {("رادوان کاراجیچ", "leaderOf", "صرب‌های بوسنی", "occurred")}),
    ("ناتو حملات را متوقف کرد تا به شورشیان فرصت دهد سلاح‌های سنگین خود را از اطراف شهر خارج کنند.", set()),
    # a participle before «و» and a later perfect shares its auxiliary; «هفته گذشته و» is no verb
    ("نیکلاس مادورو حضور ناوهای آمریکا را «بزرگ‌ترین تهدید» علیه کشورش خوانده و گفته است اگر ونزوئلا هدف حمله قرار گیرد، "
     "پاسخ خواهد داد.", {("نیکلاس مادورو", "perceivesThreatFrom", "ایالات متحده آمریکا", "occurred")}),
    # the Kremlin stands for Moscow and the state; a minister acting at an event held abroad visits the state
    ("ولادیمیر پوتین و اسلام کریموف، رؤسای جمهور روسیه و ازبکستان، روز دوشنبه در کرملین پیمانی امضا کردند.",
     {("ولادیمیر پوتین", "leaderOf", "روسیه", "occurred"), ("اسلام کریموف", "leaderOf", "ازبکستان", "occurred"),
      ("روسیه", "signsAgreementWith", "ازبکستان", "occurred"), ("اسلام کریموف", "meetsWith", "ولادیمیر پوتین", "occurred"),
      ("اسلام کریموف", "visits", "روسیه", "occurred")}),
    ("برونیسلاو گرمک، وزیر خارجه لهستان، روز جمعه در مراسمی در کتابخانه هری ترومن در شهر ایندیپندنس در ایالت میزوری آمریکا "
     "سند الحاق را تحویل داد.",
     {("برونیسلاو گرمک", "ministerOf", "لهستان", "occurred"), ("برونیسلاو گرمک", "visits", "ایالات متحده آمریکا", "occurred"),
      ("شهر ایندیپندنس", "locatedIn", "ایالات متحده آمریکا", "occurred"),
      ("ایالت می‌زوری", "locatedIn", "ایالات متحده آمریکا", "occurred")}),
    # places singled out of a state («از جمله») lie in it
    ("سازمان ملل گفت غیرنظامیان در چند نقطه از یمن، از جمله صنعا و الحدیده، کشته شدند.",
     {("صنعا", "locatedIn", "یمن", "occurred"), ("الحدیده", "locatedIn", "یمن", "occurred")}),
    # a genitive inside a phrase that began before the trigger is not its object
    ("ژاپن با اشاره به جنگ اوکراین و گسترش همکاری‌های نظامی روسیه ابراز نگرانی کرد.", set()),
    # a passive relative clause names no agent: the main clause's subject did not fire
    ("ژاپن می‌تواند موشک‌هایی را که به سوی گوام شلیک شوند، رهگیری کند.", set()),
    # «X، post، را»: the object marker after a name's apposition (not after a list's last name)
    ("نیکلاس مادورو دولت ایوان دوکه، رئیس‌جمهور کلمبیا، را به برنامه‌ریزی برای تجاوز نظامی به ونزوئلا متهم کرد.",
     {("ایوان دوکه", "leaderOf", "کلمبیا", "occurred"), ("نیکلاس مادورو", "perceivesThreatFrom", "کلمبیا", "occurred")}),
    # more than three states bound to one another by a pact are a bloc's members, not allies two by two
    ("مصر، اردن، عراق و یمن با یک پیمان دفاع مشترک به یکدیگر متعهد شده‌اند.", set()),
    # «زیر آتش گرفتند», «بازپس گرفت»; attacks being warded off were made, by the genitive after them; a backer named
    # in «با پشتیبانی X» before the object is not what was struck
    ("ارتش کرواسی شهر زادار را زیر آتش گرفت.", {("کرواسی", "attacks", "شهر زادار", "occurred")}),
    ("پدافند هوایی روسیه در حال دفع حملات پهپادهای اوکراینی به مسکو بود.", {("اوکراین", "attacks", "مسکو", "occurred")}),
    ("ارتش مالی با پشتیبانی هوایی فرانسه کنترل شهر کونا را بازپس گرفت.",
     {("جمهوری مالی", "attacks", "شهر کونا", "occurred"), ("جمهوری مالی", "cooperatesWith", "فرانسه", "occurred")}),
    # the guests of a host came to the host's state; so did those who took part in a meeting a host held
    ("ابراهیم بوبکر کیتا، رئیس‌جمهور مالی، میزبان امانوئل ماکرون و محمدو ایسوفو، رئیس‌جمهور نیجر، بود.",
     {("ابراهیم بوبکر کیتا", "leaderOf", "جمهوری مالی", "occurred"), ("محمدو ایسوفو", "leaderOf", "نیجر", "occurred"),
      ("امانوئل مکرون", "meetsWith", "ابراهیم بوبکر کیتا", "occurred"), ("محمدو ایسوفو", "meetsWith", "ابراهیم بوبکر کیتا", "occurred"),
      ("امانوئل مکرون", "visits", "جمهوری مالی", "occurred"), ("محمدو ایسوفو", "visits", "جمهوری مالی", "occurred")}),
    ("این نشست به میزبانی الکساندر استوب، رئیس‌جمهور فنلاند، برگزار شد و اولاف شولتس، صدراعظم آلمان، در آن شرکت کرد.",
     {("الکساندر استوب", "leaderOf", "فنلاند", "occurred"), ("اولاف شولتس", "leaderOf", "آلمان", "occurred"),
      ("اولاف شولتس", "visits", "فنلاند", "occurred"), ("الکساندر استوب", "meetsWith", "اولاف شولتس", "occurred")}),
    # joint commands and coordinated patrols; logistic and intelligence support placed at a state's disposal; a
    # state's demonym formed by the regular rule where the KB names none
    ("قرقیزستان، ازبکستان و تاجیکستان یک مرکز فرماندهی مشترک در شهر خجند تشکیل داده بودند.",
     {("ازبکستان", "cooperatesWith", "قرقیزستان", "occurred"), ("تاجیکستان", "cooperatesWith", "قرقیزستان", "occurred"),
      ("ازبکستان", "cooperatesWith", "تاجیکستان", "occurred")}),
    ("فرانسه وعده داده بود پشتیبانی لجستیکی و اطلاعاتی در اختیار ساحل عاج بگذارد.",
     {("ساحل عاج", "cooperatesWith", "فرانسه", "planned")}),
    ("نیروهای رواندایی و موزامبیکی بندر موسیمبوا را بازپس گرفتند.",
     {("رواندا", "attacks", "بندر موسیمبوا", "occurred"), ("موزامبیک", "attacks", "بندر موسیمبوا", "occurred"),
      ("موزامبیک", "cooperatesWith", "رواندا", "occurred")}),
    # the heads of state named at a summit of a body's member states lead its members (not a guest «با حضور X»)
    ("سران کشورهای عضو ناتو روز سه‌شنبه در هلسینکی نشست داشتند. این نشست به میزبانی الکساندر استوب، رئیس‌جمهور فنلاند، "
     "برگزار شد و اولاف شولتس، صدراعظم آلمان، و امانوئل مکرون، رئیس‌جمهور فرانسه، در آن شرکت کردند.",
     {("الکساندر استوب", "leaderOf", "فنلاند", "occurred"), ("اولاف شولتس", "leaderOf", "آلمان", "occurred"),
      ("امانوئل مکرون", "leaderOf", "فرانسه", "occurred"), ("اولاف شولتس", "visits", "فنلاند", "occurred"),
      ("امانوئل مکرون", "visits", "فنلاند", "occurred"), ("فنلاند", "memberOf", NATO, "occurred"),
      ("الکساندر استوب", "meetsWith", "اولاف شولتس", "occurred"), ("الکساندر استوب", "meetsWith", "امانوئل مکرون", "occurred"),
      ("آلمان", "memberOf", NATO, "occurred"), ("فرانسه", "memberOf", NATO, "occurred")}),
    ("سران دو کشور عضو گروه پنج ساحل با حضور امانوئل مکرون، رئیس‌جمهور فرانسه، نشست داشتند. ابراهیم بوبکر کیتا، "
     "رئیس‌جمهور مالی، میزبان محمدو ایسوفو، رئیس‌جمهور نیجر، بود.",
     {("امانوئل مکرون", "leaderOf", "فرانسه", "occurred"), ("ابراهیم بوبکر کیتا", "leaderOf", "جمهوری مالی", "occurred"),
      ("محمدو ایسوفو", "leaderOf", "نیجر", "occurred"), ("محمدو ایسوفو", "visits", "جمهوری مالی", "occurred"),
      ("محمدو ایسوفو", "meetsWith", "ابراهیم بوبکر کیتا", "occurred"),
      ("جمهوری مالی", "memberOf", "گروه پنج ساحل", "occurred"), ("نیجر", "memberOf", "گروه پنج ساحل", "occurred")}),
    # a party or movement named after a post is its own body, not the state or people inside its name; the Dari
    # «قرغزستان»
    ("طاهر یولداش، رهبر جنبش اسلامی ازبکستان، گفت جنگ ادامه خواهد یافت.",
     {("طاهر یولداش", "leaderOf", "جنبش اسلامی ازبکستان", "occurred")}),
    ("اربن جعفری، رهبر حزب دموکراتیک آلبانیایی‌ها، از امضاکنندگان بود.",
     {("اربن جعفری", "leaderOf", "حزب دموکراتیک آلبانیایی‌ها", "occurred")}),
    ("کرمان‌بیک باقی‌یف، رئیس جمهور قرغزستان، گفت.", {("کرمان‌بیک باقی‌یف", "leaderOf", "قرقیزستان", "occurred")}),
    # a post is not read across a guillemet; a state's own security and defence council acts for it
    ("گوران هاجیچ، رئیس «جمهوری صرب کرایینا»، گفت.", set()),
    ("شورای امنیت و دفاع سودان امارات متحده عربی را «دولت متجاوز» خواند.",
     {("سودان", "perceivesThreatFrom", "امارات متحده عربی", "occurred")}),
    # «اقدام نظامی X علیه Y»: an attack; one «روی میز» is an option, not an attack
    ("شورای امنیت «اقدام نظامی اریتره علیه جیبوتی» را محکوم کرد.",
     {("اریتره", "attacks", "جیبوتی", "occurred"), ("شورای امنیت سازمان ملل متحد", "perceivesThreatFrom", "اریتره", "occurred")}),
    ("ترامپ گفت اقدام نظامی علیه ونزوئلا روی میز است.", set()),
    # a state called the initiator of a clash; a verdict's object before a relative clause
    ("ایسایاس افورقی، رئیس‌جمهور اریتره، جیبوتی را آغازگر درگیری دانست.",
     {("ایسایاس افورقی", "leaderOf", "اریتره", "occurred"), ("اریتره", "perceivesThreatFrom", "جیبوتی", "occurred")}),
    ("وزارت خارجه روسیه طالبان را که بر بیشتر خاک افغانستان مسلط‌اند، «تهدیدی مستقیم» برای منافع روسیه خواند.",
     {("روسیه", "perceivesThreatFrom", "طالبان", "occurred")}),
    # a bare minister's post in the sentences just after a post of a state is that state's
    ("دانیل نوبوا، رئیس جمهور اکوادور، فرمانی امضا کرد. جیان کارلو لوفردو، وزیر دفاع، گفته است ارتش مستقر خواهد شد.",
     {("دانیل نوبوا", "leaderOf", "اکوادور", "occurred"), ("جیان کارلو لوفردو", "ministerOf", "اکوادور", "occurred")}),
    # a state bound to defend another is its ally
    ("آمریکا متعهد به دفاع از ژاپن است.", {("ژاپن", "alliedWith", "ایالات متحده آمریکا", "occurred")}),
    # readiness to «punish» a state is a threat made; a court punishing the accused is none
    ("فرانسوا اولاند، رئیس‌جمهور فرانسه، گفت پاریس آماده است دولت سوریه را «مجازات» کند.",
     {("فرانسوا اولاند", "leaderOf", "فرانسه", "occurred"), ("فرانسه", "threatens", "سوریه", "occurred")}),
    ("دادگاه سه متهم را مجازات کرد.", set()),
    # a membership backed or agreed to is not yet held
    ("آلمان از عضویت اوکراین در ناتو حمایت کرد.", {("اوکراین", "memberOf", NATO, "planned")}),
    ("ترکیه با عضویت سوئد در ناتو موافقت کرد.", {("سوئد", "memberOf", NATO, "planned")}),
    # a relative clause after a common noun threatens on the noun's behalf, not a name further back
    ("نیوسی گفت موزامبیک در کنار نیروهای رواندایی با «افراط‌گرایی خشونت‌آمیز» که کشورش را تهدید می‌کند، مبارزه خواهد کرد.",
     set()),
    ("ایران کشوری است که اسرائیل را تهدید می‌کند.", {("ایران", "threatens", "اسرائیل", "occurred")}),
    # a participle before «و» shares a later pluperfect's auxiliary; what lay around towns is struck, not the towns
    ("رابرت گیتس، وزیر دفاع آمریکا، گفت. گیتس اوایل همین ماه نیز به کابل سفر کرده و با حامد کرزی، رئیس جمهور "
     "افغانستان، دیدار کرده بود.",
     {("رابرت گیتس", "ministerOf", US, "occurred"), ("حامد کرزی", "leaderOf", "افغانستان", "occurred"),
      ("رابرت گیتس", "visits", "افغانستان", "occurred"), ("رابرت گیتس", "meetsWith", "حامد کرزی", "occurred")}),
    ("سپاه پاسداران در چند نوبت مقرهای این گروهک‌ها در اطراف کویه و سلیمانیه را موشک‌باران کرده و با پهپاد هدف قرار "
     "داده بود.", set()),
    # forces accompanying another army cooperate with it (not a minister accompanying his president)
    ("نیروهای سومالی ارتش کنیا را همراهی کردند.", {("سومالی", "cooperatesWith", "کنیا", "occurred")}),
    ("وزیر خارجه ایران، رئیس‌جمهور را در این سفر همراهی کرد.", set()),
    # an agent «توسط X» of another act, before a comma, is not the attacker
    ("چند ساعت پس از ترک کابل توسط رئیس‌جمهور آمریکا، مهاجمان انتحاری به یک مجتمع در کابل حمله کردند.", set()),
    # a bare president's or prime minister's post just after a post of a state is that state's; an oath opens no name
    ("زوران زایف، نخست‌وزیر مقدونیه شمالی، گفت. استوو پنداروفسکی، رئیس‌جمهور، سند الحاق را امضا کرده بود.",
     {("زوران زایف", "leaderOf", "مقدونیه شمالی", "occurred"), ("استوو پنداروفسکی", "leaderOf", "مقدونیه شمالی", "occurred")}),
    # «X، Y و Z، وزیران خارجه سه کشور»: the three states in focus, respectively
    ("لهستان، مجارستان و جمهوری چک به ناتو پیوستند. برونیسلاو گرمک، یانوش مارتونی و یان کاوان، وزیران خارجه سه کشور، "
     "اسناد الحاق را تحویل دادند.",
     {("لهستان", "memberOf", NATO, "occurred"), ("مجارستان", "memberOf", NATO, "occurred"),
      ("جمهوری چک", "memberOf", NATO, "occurred"), ("برونیسلاو گرمک", "ministerOf", "لهستان", "occurred"),
      ("یانوش مارتونی", "ministerOf", "مجارستان", "occurred"), ("یان کاوان", "ministerOf", "جمهوری چک", "occurred")}),
    # signatories met the one in whose presence they signed (not their own president)
    ("ترز کایکوامبا واگنر، وزیر خارجه جمهوری دموکراتیک کنگو، و اولیویه ندوهونگیرهه، وزیر خارجه رواندا، در حضور مارکو "
     "روبیو، وزیر خارجه آمریکا، توافقنامه صلح را امضا کردند.",
     {("ترز کایکوامبا واگنر", "ministerOf", "جمهوری دموکراتیک کنگو", "occurred"),
      ("اولیویه ندوهونگیرهه", "ministerOf", "رواندا", "occurred"), ("مارکو روبیو", "ministerOf", US, "occurred"),
      ("اولیویه ندوهونگیرهه", "meetsWith", "ترز کایکوامبا واگنر", "occurred"),
      ("جمهوری دموکراتیک کنگو", "signsAgreementWith", "رواندا", "occurred"),
      ("ترز کایکوامبا واگنر", "meetsWith", "مارکو روبیو", "occurred"),
      ("اولیویه ندوهونگیرهه", "meetsWith", "مارکو روبیو", "occurred")}),
    # a trip completed («پس از پایان سفر») took place; arriving («در بدو ورود به X») is a visit, troops entering are not
    ("عباس عراقچی، وزیر امور خارجه ایران، گفت. عراقچی پس از پایان سفر خود به بیروت گفت.",
     {("عباس عراقچی", "ministerOf", "ایران", "occurred"), ("عباس عراقچی", "visits", "لبنان", "occurred")}),
    ("عباس عراقچی، وزیر امور خارجه ایران، گفت. عراقچی در بدو ورود به دمشق گفت ایران از سوریه حمایت می‌کند.",
     {("عباس عراقچی", "ministerOf", "ایران", "occurred"), ("عباس عراقچی", "visits", "سوریه", "occurred")}),
    ("ورود نیروهای آمریکایی به سوریه غیرقانونی است.", set()),
    # a warning about a sale to Taiwan is not a threat to Taiwan: «به تایوان» is the sale's
    ("پکن نسبت به فروش سلاح آمریکا به تایوان هشدار داد.", {("ایالات متحده آمریکا", "suppliesArmsTo", "تایوان", "occurred")}),
    # «عضو اتحادیه» is the union named before, not the last body; a source «به گفته X» is no target; the presidency
    # («کتابخانه ریاست‌جمهوری») is an office, not a holder
    ("اتحادیه اروپا مأموریت آسپیدس را آغاز کرد. حوثی‌ها به کشتی‌ها حمله کردند. چهار کشور عضو اتحادیه، یعنی فرانسه، "
     "آلمان، ایتالیا و بلژیک، ناو جنگی فرستادند.",
     {("انصارالله", "attacks", "کشتی‌ها", "occurred"), ("فرانسه", "memberOf", "اتحادیه اروپا", "occurred"),
      ("آلمان", "memberOf", "اتحادیه اروپا", "occurred"), ("ایتالیا", "memberOf", "اتحادیه اروپا", "occurred"),
      ("بلژیک", "memberOf", "اتحادیه اروپا", "occurred")}),
    ("حوثی‌ها به کشتی‌ها حمله کردند. چهار کشور عضو اتحادیه، یعنی فرانسه و آلمان، ناو جنگی فرستادند.",
     {("انصارالله", "attacks", "کشتی‌ها", "occurred")}),
    ("به گفته‌ی دونالد ترامپ، رئیس‌جمهور آمریکا، ایران ۱۴ موشک شلیک کرد.",
     {("دونالد ترامپ", "leaderOf", US, "occurred")}),
    ("پکن کتابخانه ریاست‌جمهوری رونالد ریگان را تحریم کرد.", {("چین", "sanctions", "رونالد ریگان", "occurred")}),
    # the attack an operation answers took place; a time of day between the noun and its genitive
    ("سپاه این عملیات را پاسخ به حمله‌ی بامداد یکشنبه‌ی آمریکا به تأسیسات هسته‌ای ایران در فردو خواند.",
     {(US, "attacks", "ایران", "occurred"), (US, "attacks", "فردو", "occurred"), ("فردو", "locatedIn", "ایران", "occurred")}),
    # a terrorist listing is a sanction and a threat perceived (not any list: «فهرست تحریم‌ها» stays a sanction only)
    ("آمریکا انصارالله را در فهرست گروه‌های تروریستی قرار داد.",
     {(US, "perceivesThreatFrom", "انصارالله", "occurred"), (US, "sanctions", "انصارالله", "occurred")}),
    # «داعش شاخه خراسان» is ISIS-K
    ("روسیه داعش شاخه خراسان را مسئول حمله به سالن کنسرت کروکوس می‌داند.",
     {("روسیه", "perceivesThreatFrom", "داعش خراسان", "occurred")}),
    # a backer («مورد حمایت ایران») cooperates with the groups it backs and is not what was struck
    ("جنگنده‌های آمریکایی مواضع حزب‌الله، گروه مورد حمایت ایران، را بمباران کردند.",
     {("حزب‌الله لبنان", "cooperatesWith", "ایران", "occurred"), (US, "attacks", "حزب‌الله لبنان", "occurred")}),
    # the participant in whose land an exercise is held hosts it: it exercises with each of the others, they not with
    # one another
    ("رزمایش مشترک «شریک نجیب» با شرکت نظامیان گرجستان، آمریکا و بریتانیا روز چهارشنبه در نزدیکی تفلیس، پایتخت "
     "گرجستان، آغاز شد.",
     {("تفلیس", "locatedIn", "گرجستان", "occurred"), ("گرجستان", "cooperatesWith", US, "occurred"),
      ("بریتانیا", "cooperatesWith", "گرجستان", "occurred")}),
    # a state body declared terrorist is itself sanctioned, and its state through it; Dari «زیر تعزیرات»
    ("آمریکا نیز در سال ۲۰۱۹ سپاه را سازمانی تروریستی اعلام کرد.",
     {(US, "perceivesThreatFrom", "ایران", "occurred"), (US, "sanctions", "سپاه پاسداران انقلاب اسلامی", "occurred"),
      (US, "sanctions", "ایران", "occurred")}),
    ("طالبان هنوز زیر تعزیرات شورای امنیت سازمان ملل متحد قرار دارند.",
     {("شورای امنیت سازمان ملل متحد", "sanctions", "طالبان", "occurred")}),
    # a company described in Persian and named in Latin is one organisation
    ("شرکت دولتی صادرات تسلیحات روسیه (Rosoboronexport) جنگنده به ونزوئلا فروخت.",
     {("شرکت دولتی صادرات تسلیحات روسیه", "suppliesArmsTo", "ونزوئلا", "occurred")}),
    # a claim of responsibility names the attacker of an attack told with no agent, in the same sentence or the next
    ("انفجار بمب در بازار پیشاور ۳۰ کشته برجا گذاشت؛ حمله‌ای که گروه تروریستی داعش مسئولیت آن را بر عهده گرفت.",
     {("داعش", "attacks", "پیشاور", "occurred"), ("پیشاور", "locatedIn", "پاکستان", "occurred")}),
    ("حمله به سفارت ترکیه در موگادیشو دو کشته داشت. الشباب مسئولیت این حمله را پذیرفت.",
     {("الشباب", "attacks", "ترکیه", "occurred"), ("الشباب", "attacks", "سفارت ترکیه", "occurred"),
      ("سفارت ترکیه", "locatedIn", "سومالی", "occurred")}),  # (the embassy struck is a place, in Somalia)
    ("حمله به سفارت ترکیه در موگادیشو دو کشته داشت. الشباب مسئولیت این حمله را رد کرد.",
     {("سفارت ترکیه", "locatedIn", "سومالی", "occurred")}),
    # a relative clause set off by commas names no subject of the main clause; the Saudi-led coalition is one actor
    ("جنگنده‌های ائتلاف به رهبری عربستان، که بحرین نیز عضو آن است، مواضع حوثی‌ها را در استان صعده بمباران کردند.",
     {("ائتلاف سعودی", "attacks", "انصارالله", "occurred"), ("بحرین", "memberOf", "ائتلاف سعودی", "occurred"),
      ("ائتلاف سعودی", "attacks", "صعده", "occurred"), ("صعده", "locatedIn", "یمن", "occurred")}),
    ("نیروهای ناتو، که ترکیه نیز در میان آنهاست، مواضع طالبان را بمباران کردند.",
     {(NATO, "attacks", "طالبان", "occurred")}),
    # a nominal attack on an unnamed target placed in a named place strikes the place
    ("حمله پهپادی ترکیه به خودروهای غیرنظامیان در منطقه قامشلی پنج کشته برجا گذاشت.",
     {("ترکیه", "attacks", "قامشلی", "occurred"), ("قامشلی", "locatedIn", "سوریه", "occurred")}),
    # the object before a relative clause closed by its own verb; a weapon's kind before a place is no owner
    ("روسیه با موشک‌های کروز فرودگاه اودسا را که محل استقرار جنگنده‌های اوکراینی است هدف قرار داد.",
     {("روسیه", "attacks", "اودسا", "occurred"), ("اودسا", "locatedIn", "اوکراین", "occurred")}),
    ("روسیه فرودگاه اودسا را که محل استقرار جنگنده‌های اوکراینی است، هدف قرار داد.",
     {("روسیه", "attacks", "اودسا", "occurred"), ("اودسا", "locatedIn", "اوکراین", "occurred")}),
    ("هند با موشک‌های کروز پایگاه هوایی نورخان در راولپندی را هدف قرار داد.",
     {("هند", "attacks", "پایگاه هوایی نورخان", "occurred"), ("پایگاه هوایی نورخان", "locatedIn", "پاکستان", "occurred")}),
    # the one killed in the attack answered («در پاسخ به ترور X») is not what the answer struck
    ("ایران در پاسخ به ترور اسماعیل هنیه با موشک‌ها پایگاه نواتیم را هدف قرار داد.",
     {("ایران", "attacks", "پایگاه هوایی نواتیم", "occurred"), ("پایگاه هوایی نواتیم", "locatedIn", "اسرائیل", "occurred")}),
    # a verdict on a state's act («وحشیانه», «بی‌دلیل») is a threat perceived; a condemned act set off by a relative
    # clause («… را، که …، محکوم کرد»), inside a clause that «پس از آن … که» opens
    ("وزارت خارجه کره جنوبی حمله توپخانه‌ای کره شمالی را «وحشیانه» خواند.",
     {("کره جنوبی", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    ("ژاپن شلیک موشک‌های کره شمالی را، که به گفته سئول در دریای ژاپن فرود آمد، به شدت محکوم کرد.",
     {("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    ("این سفر پس از آن انجام می‌شود که ترکیه حملات پهپادی روسیه را، که به گفته اوکراین ده‌ها غیرنظامی را کشت، محکوم کرد.",
     {("ترکیه", "perceivesThreatFrom", "روسیه", "occurred")}),
    # the names listed after «، از جمله» are objects of the hostile noun too
    ("ژاپن از تحریم‌های آمریکا علیه روسیه و متحدانش، از جمله بلاروس، حمایت کرد.",
     {(US, "sanctions", "روسیه", "occurred"), (US, "sanctions", "بلاروس", "occurred")}),
    ("استرالیا در برابر تهدیدهای چین و متحدانش، از جمله کره شمالی، ایستادگی می‌کند.",
     {("استرالیا", "perceivesThreatFrom", "چین", "occurred"), ("استرالیا", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    # «بخش‌های» before a common word is «parts of» a thing, not districts named
    ("نخستین بخش‌های سامانه دفاع موشکی پاتریوت آلمان به لهستان رسید.", set()),
    # a surname that reads as a second-person verb with «می» («میسری»: «you slide») after a foreign given name
    ("لی جه میونگ در سئول با ویکرام میسری، وزیر امور خارجه هند، دیدار کرد.",
     {("ویکرام میسری", "ministerOf", "هند", "occurred"), ("لی جه-میونگ", "meetsWith", "ویکرام میسری", "occurred"),
      ("ویکرام میسری", "visits", "کره جنوبی", "occurred")}),
    # «نه … و نه …» denies both; «شواهدی در دست نیست که …» denies the clause; an order to halt aid stops it, and an
    # order issued («دستور … را صادر کرد») exports nothing
    ("مولداوی نه به ناتو می‌پیوندد و نه به اتحادیه اقتصادی اوراسیا.",
     {("مولداوی", "memberOf", NATO, "negated")}),
    ("وزارت دفاع هند گفت شواهدی در دست نیست که چین عمداً پاسگاه‌های هند را هدف گرفته باشد.",
     {("چین", "attacks", "هند", "negated")}),
    ("بایدن دستور توقف همه کمک‌های نظامی آمریکا به افغانستان را صادر کرد.",
     {("جو بایدن", "suppliesArmsTo", "افغانستان", "negated")}),
    # «عضو آن» after an antecedent that names nothing («برنامه «…»، که X عضو آن است») is no membership of the last body
    ("روابط ارمنستان با ناتو در چارچوب برنامه‌ی «مشارکت برای صلح»، که ارمنستان از سال ۱۹۹۴ عضو آن است، ادامه دارد.",
     set()),
    # a city's name right after a given name is a surname («محمد دبی», not Dubai)
    ("ماکرون در انجامنا با محمد دبی دیدار کرد.",
     {("امانوئل مکرون", "meetsWith", "محمد دبی", "occurred"), ("امانوئل مکرون", "visits", "چاد", "occurred")}),
    # a post of a people in a land («رهبر ترک‌های قبرس») is the group's even where it is first named in the post
    ("رئوف دنکتاش، رهبر ترک‌های قبرس، گفت.", {("رئوف دنکتاش", "leaderOf", "ترک‌های قبرس", "occurred")}),
    ("رادوان کاراجیچ، رهبر صرب‌های بوسنی، به بلگراد سفر کرد.",
     {("رادوان کاراجیچ", "leaderOf", "صرب‌های بوسنی", "occurred"), ("رادوان کاراجیچ", "visits", "صربستان", "occurred")}),
    # light verbs of three words («به دست گرفت») and a name deep in the trigger's own «را» phrase; the agent of a
    # nominal act «به دست X» keeps it under a verdict's verb
    ("شورشیان حوثی کنترل بخش شمالی بندر الحدیده را به دست گرفتند.",
     {("انصارالله", "attacks", "الحدیده", "occurred"), ("الحدیده", "locatedIn", "یمن", "occurred")}),
    ("اوکراین سرنگونی یک هواپیمای ارتش لهستان به دست بلاروس را «اقدامی خصمانه» خواند.",
     {("بلاروس", "attacks", "لهستان", "occurred"), ("اوکراین", "perceivesThreatFrom", "بلاروس", "occurred")}),
    # «بر فراز X»: where a plane was downed, not what was struck
    ("پدافند سوریه بر فراز دمشق یک جنگنده اسرائیل را سرنگون کرد.", {("سوریه", "attacks", "اسرائیل", "occurred")}),
    # «پیامدهایی برای X» in a warning: X bears them, not the one the warned-of act concerns; a spokesman of a body
    # named in guillemets speaks for it
    ("مائو نینگ، سخنگوی وزارت خارجه چین، هشدار داد که فروش جنگنده به تایوان «پیامدهای جدی» برای واشنگتن خواهد داشت.",
     {("چین", "threatens", US, "occurred")}),
    ("عبدالسلام کورکا، سخنگوی «جبهه آزادی‌بخش ملی»، هشدار داد که سربازان کنیا «اهداف مشروع» خواهند بود.",
     {("جبهه آزادی‌بخش ملی", "threatens", "کنیا", "occurred")}),
    # statements «در محکومیت X»; verdicts naming a state's «دخالت», «تروریسم» (also quoted), «تشدید تنش»
    ("فرانسه و آلمان بیانیه‌ای در محکومیت ایران منتشر کردند.",
     {("فرانسه", "perceivesThreatFrom", "ایران", "occurred"), ("آلمان", "perceivesThreatFrom", "ایران", "occurred")}),
    ("وزیر خارجه الجزایر این اقدام را «دخالت آشکار» فرانسه در امور مالی دانست.",
     {("الجزایر", "perceivesThreatFrom", "فرانسه", "occurred")}),
    ("ارمنستان این حمله را «تروریسم ترکیه» خواند.", {("ارمنستان", "perceivesThreatFrom", "ترکیه", "occurred")}),
    ("سفارت چین در مانیل تصمیم فیلیپین را «تشدید تنش» خواند.", {("چین", "perceivesThreatFrom", "فیلیپین", "occurred")}),
    # Arab given names the lexicon lacked begin a person («هشام المشری»); intelligence placed at a state's disposal
    ("عبدالمجید تبون در الجزیره با هشام المشری دیدار کرد.", {("عبدالمجید تبون", "meetsWith", "هشام المشری", "occurred")}),
    ("هند اطلاعاتی در اختیار سریلانکا گذاشت.", {("هند", "cooperatesWith", "سری‌لانکا", "occurred")}),
    # arms donated are supplied; a battery of an air-defence system is a weapon (and a sale banned is an arms embargo)
    ("اتحادیه اروپا فروش جنگ‌افزار به بلاروس را ممنوع کرد.",
     {("اتحادیه اروپا", "sanctions", "بلاروس", "occurred")}),
    ("آمریکا دو فروند هواپیمای سی-130 به ارتش اوگاندا اهدا کرد.", {(US, "suppliesArmsTo", "اوگاندا", "occurred")}),
    ("ارمنستان یک آتشبار پانتسیر از روسیه خرید.", {("روسیه", "suppliesArmsTo", "ارمنستان", "occurred")}),
    # «نه به X بلکه به Y»: Y, not X
    ("انورا کومارا دیسانایاکه، رئیس‌جمهور سریلانکا، نخستین سفر خارجی خود را نه به هند بلکه به چین انجام داد.",
     {("انورا کومارا دیسانایاکه", "leaderOf", "سری‌لانکا", "occurred"), ("انورا کومارا دیسانایاکه", "visits", "چین", "occurred")}),
    # a raid by unnamed gunmen on an unnamed target in a named place, claimed in the next sentence
    ("مردان مسلح به یک هتل در موگادیشو یورش بردند. الشباب مسئولیت این حمله را بر عهده گرفت.",
     {("الشباب", "attacks", "موگادیشو", "occurred")}),
    # memberships: a body that «در بر می‌گیرد» its members; «آخرین عضو» before a relative clause whose verb is
    # negated; «… از اعضای این پیمان‌اند» after «در حالی که», free of the plan named before it
    ("«شورای همکاری ترکی» که ترکیه، قزاقستان و ازبکستان را در بر می‌گیرد، نشست تازه‌ای برگزار کرد.",
     {("ترکیه", "memberOf", "شورای همکاری ترکی", "occurred"), ("قزاقستان", "memberOf", "شورای همکاری ترکی", "occurred"),
      ("ازبکستان", "memberOf", "شورای همکاری ترکی", "occurred")}),
    ("مجارستان، آخرین عضو ناتو که عضویت سوئد را تأیید نکرده بود، آن را تأیید کرد.",
     {("مجارستان", "memberOf", NATO, "occurred")}),
    ("اوکراین در انتظار عضویت در ناتو است، در حالی که لهستان و رومانی هر دو از اعضای این پیمان‌اند.",
     {("اوکراین", "memberOf", NATO, "planned"), ("لهستان", "memberOf", NATO, "occurred"), ("رومانی", "memberOf", NATO, "occurred")}),
    # an official speaking at an event held in a foreign place («چند روز پیش در اجلاس «…» در X», «در همان اجلاس X»,
    # «در پایان نشست … در X») is visiting it
    ("لوید آستین، وزیر دفاع آمریکا، چند روز پیش در اجلاس «گفت‌وگوی شانگری‌لا» در سنگاپور گفت.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("لوید آستین", "visits", "سنگاپور", "occurred")}),
    ("ریچارد مارلز، وزیر دفاع استرالیا، نیز در همان اجلاس سنگاپور گفته بود.",
     {("ریچارد مارلز", "ministerOf", "استرالیا", "occurred"), ("ریچارد مارلز", "visits", "سنگاپور", "occurred")}),
    ("شی جین‌پینگ، رئیس‌جمهور چین، در آغاز نشست پذیرش بلاروس را اعلام کرد.",
     {("شی جین‌پینگ", "leaderOf", "چین", "occurred")}),
    # missiles into a state's waters or exclusive economic zone threaten it; into its territorial waters, strike it
    ("چین دو موشک به سوی دریای فیلیپین شلیک کرد و یکی از آنها در منطقه‌ی انحصاری اقتصادی فیلیپین فرود آمد.",
     {("چین", "threatens", "فیلیپین", "occurred")}),
    ("ایران موشکی به سوی آب‌های امارات شلیک کرد.", {("ایران", "threatens", "امارات متحده عربی", "occurred")}),
    ("ایران گلوله‌ای به آب‌های سرزمینی امارات شلیک کرد.", {("ایران", "attacks", "امارات متحده عربی", "occurred")}),
    # fighting alongside a state's army cooperates with it; military advisers act for their state; alongside someone
    # at a parade, no cooperation
    ("مستشاران نظامی روسیه در کنار ارتش مالی با گروه‌های تروریستی می‌جنگند.",
     {("جمهوری مالی", "cooperatesWith", "روسیه", "occurred")}),
    ("پوتین در کنار شی جین‌پینگ در مراسم رژه حضور یافت.", set()),
    # «… و آن را تهدیدی … خواند»: the last clause's object, or the actor named in it; not a name behind «به»
    ("ژاپن با برنامه موشکی کره شمالی مخالفت کرد و آن را تهدیدی برای منطقه خواند.",
     {("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred")}),
    ("ترکیه حمله به سوریه را محکوم کرد و آن را تجاوز خواند.", set()),
    # a supply named as a copular clause's subject after a speech verb is not the speaker's; a rank joined by a ZWNJ
    # («سرهنگ‌ژنرال») is a title, not part of the name; the one attacked is not the one condemned, however far the noun
    ("دیمیتری پسکوف، سخنگوی کرملین، گفت ارسال سلاح بیشتر به کی‌یف نشانه تمایل به ادامه جنگ است.", set()),
    ("سرهنگ‌ژنرال امامعلی سبیرزاده، وزیر دفاع تاجیکستان، گفت.",
     {("امامعلی سبیرزاده", "ministerOf", "تاجیکستان", "occurred")}),
    # fighters sent alongside an army cooperate with it, not the officials who describe it; a noun phrase that began
    # before the trigger («واکنشی به اعزام …») gives it no object
    ("مقام‌های آمریکایی این تصمیم را واکنشی به اعزام هزاران سرباز کره شمالی برای جنگیدن در کنار ارتش روسیه "
     "توصیف کرده‌اند.", {("روسیه", "cooperatesWith", "کره شمالی", "occurred")}),
    # a mutual-defence pact of others named in the sentence does not make the pair in focus allies
    ("هند و روسیه موشک براهموس را به طور مشترک تولید می‌کنند. فیلیپین که با آمریکا پیمان دفاع متقابل دارد، "
     "برنامه نوسازی ارتش را دنبال می‌کند.",
     {("روسیه", "cooperatesWith", "هند", "occurred"), (US, "alliedWith", "فیلیپین", "occurred")}),
    # «در دیدار با Y … هشدار داد»: the speaker's own meeting; two ministers who signed documents («اسنادی») together met
    ("امانوئل مکرون روز دوشنبه در دیدار با مارک روته در پاریس هشدار داد.",
     {("امانوئل مکرون", "meetsWith", "مارک روته", "occurred")}),
    ("لوید آستین، وزیر دفاع آمریکا، و ریچارد مارلز، وزیر دفاع استرالیا، روز پنجشنبه در کانبرا اسنادی را امضا کردند.",
     {("لوید آستین", "ministerOf", US, "occurred"), ("ریچارد مارلز", "ministerOf", "استرالیا", "occurred"),
      ("استرالیا", "signsAgreementWith", US, "occurred"), ("لوید آستین", "meetsWith", "ریچارد مارلز", "occurred"),
      ("لوید آستین", "visits", "استرالیا", "occurred")}),
    # «X گفت یکجانبه‌گرایی آمریکا امنیت منطقه را تهدید می‌کند»: the clause's noun phrase acts; the speaker fears it
    ("وزیر خارجه چین گفت یکجانبه‌گرایی آمریکا امنیت منطقه را تهدید می‌کند.",
     {("چین", "perceivesThreatFrom", US, "occurred")}),
    # «X …؛ گروهی که Y آن را تهدیدی … می‌داند»: «آن» is the group just named (not the land it acts in)
    ("روسیه از طالبان خواست جلو فعالیت داعش خراسان را در خاک افغانستان بگیرد؛ گروهی که مسکو آن را تهدیدی برای امنیت "
     "خود می‌داند.", {("روسیه", "perceivesThreatFrom", "داعش خراسان", "occurred")}),
    # a noun that takes a person's genitive («به تأیید X، رئیس‌جمهور …») is not the first word of the name
    ("این طرح در سال ۲۰۲۰ به تأیید رودریگو دوترته، رئیس‌جمهور فیلیپین، رسیده بود.",
     {("رودریگو دوترته", "leaderOf", "فیلیپین", "occurred")}),
    ("روسیه، ترکیه و ایران حملات نظامی مستمر اسرائیل به خاک سوریه را محکوم کردند.",  # (the attacks condemned took place)
     {("روسیه", "perceivesThreatFrom", "اسرائیل", "occurred"), ("ترکیه", "perceivesThreatFrom", "اسرائیل", "occurred"),
      ("ایران", "perceivesThreatFrom", "اسرائیل", "occurred"), ("اسرائیل", "attacks", "سوریه", "occurred")}),
]


def canonical(expected: set) -> set:
    return {(b, p, a, s) if p in SYMMETRIC and b < a else (a, p, b, s) for a, p, b, s in expected}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i:02d}" for i in range(len(CASES))])
def test_extracts(extractor, text: str, expected: set) -> None:
    assert facts(extractor, text) == canonical(expected)


def test_pronoun_and_surname_resolve_within_the_article(extractor) -> None:
    text = ("گیلبرتو تئودورو، وزیر دفاع فیلیپین، با ریچارد مارلز، وزیر دفاع استرالیا، دیدار کرد. "
            "تئودورو سپس به توکیو رفت. وی فردا به سئول سفر خواهد کرد.")
    got = facts(extractor, text)
    assert canonical({("ریچارد مارلز", "meetsWith", "گیلبرتو تئودورو", "occurred")}) <= got
    assert ("گیلبرتو تئودورو", "visits", "ژاپن", "occurred") in got  # a capital stands for its state
    assert ("گیلبرتو تئودورو", "visits", "کره جنوبی", "planned") in got


def test_role_phrase_resolves_to_the_holder_named_in_the_article(extractor) -> None:
    text = "یان هاکن، وزیر دفاع دانمارک، گفت. وزیر دفاع دانمارک سپس به بروکسل رفت."
    assert ("یان هاکن", "visits", "بلژیک", "occurred") in facts(extractor, text)


def test_the_pair_in_focus(extractor) -> None:
    text = "آمریکا و ژاپن اتحاد خود را تقویت کردند. دو کشور همکاری با فیلیپین را گسترش خواهند داد."
    got = facts(extractor, text)
    assert canonical({(US, "cooperatesWith", "فیلیپین", "planned"), ("ژاپن", "cooperatesWith", "فیلیپین", "planned")}) <= got


def test_evidence_and_mentions_point_into_the_original_text(extractor) -> None:
    text = "وزير دفاع امريكا و  همتاي ژاپني خود ديدار كردند.\nسپس وزير دفاع امريكا به مانيل رفت."
    x = extractor.extract(Article("a", text, published=DATE))
    assert x.facts
    for f in x.facts:
        for ev in f.evidence:
            assert text[ev.start: ev.end] == ev.sentence
    for m in x.mentions:
        assert text[m.start: m.end] == m.surface


def test_every_fact_entity_was_named(extractor) -> None:
    """No invented entity: each one in a fact is named in the text (a post names its state)."""
    text = ("به گزارش ایسنا، لوئیس پتری، وزیر دفاع آرژانتین، و ترولس پولسن، وزیر دفاع دانمارک، "
            "در کپنهاگ قرارداد خرید ۲۴ فروند جنگنده اف-۱۶ را امضا کردند.")
    x = extractor.extract(Article("b", text, published=DATE))
    mentioned = {m.entity_id for m in x.mentions}
    assert x.facts
    assert {i for f in x.facts for i in (f.subject, f.object)} <= mentioned
    for m in x.mentions:  # a mention is a name, never a whole apposition
        assert "،" not in m.surface and "وزیر" not in m.surface


def test_source_chain(extractor) -> None:
    text = "به گزارش تابناک به نقل از همشهری‌آنلاین، خبرگزاری یونهاپ گزارش داد: دو وزیر دیدار کردند."
    x = extractor.extract(Article("c", text))
    assert [s.name for s in x.sources] == ["تابناک", "همشهری\u200cآنلاین", "خبرگزاری یونهاپ"]


def test_a_persons_aliases_keep_the_rank_written_before_the_name(extractor) -> None:
    x = extractor.extract(Article("t", "سرلشکر محمد پاکپور، فرمانده کل سپاه، گفت. ملک عبدالله دوم، پادشاه اردن، گفت.",
                                  published=DATE))
    person = next(e for e in x.entities if e.label == "محمد پاکپور")
    assert "سرلشکر محمد پاکپور" in person.aliases
    assert not any("،" in a for a in person.aliases)
    king = next(e for e in x.entities if e.type == "Person" and e.label != "محمد پاکپور")
    assert any(a.startswith("ملک ") for a in king.aliases), king.aliases


def test_a_many_party_defence_treaty_gives_no_pairwise_alliances(extractor) -> None:
    got = facts(extractor, "وزیران دفاع روسیه، ارمنستان، بلاروس و تاجیکستان سند دفاع متقابل را امضا کردند.")
    assert sum(p == "signsAgreementWith" for _a, p, _b, _s in got) == 6
    assert not any(p == "alliedWith" for _a, p, _b, _s in got)
    got = facts(extractor, "آمریکا، بریتانیا، فرانسه و آلمان، چهار متحد ناتو، بیانیه‌ای صادر کردند.")
    assert sum(p == "memberOf" for _a, p, _b, _s in got) == 4
    assert not any(p == "alliedWith" for _a, p, _b, _s in got)


def test_a_capital_stands_for_the_state_of_the_articles_date(extractor) -> None:
    """«مسکو» in 1990 is the Soviet Union's capital, in 2020 Russia's."""
    text = "جیمز بیکر، وزیر امور خارجه آمریکا، روز جمعه در مسکو با وزیر امور خارجه میزبان دیدار کرد."
    assert ("جیمز بیکر", "visits", "اتحاد جماهیر شوروی", "occurred") in facts(extractor, text, dt.date(1990, 8, 3))
    assert ("جیمز بیکر", "visits", "روسیه", "occurred") in facts(extractor, text, dt.date(2020, 8, 3))


def test_a_royal_title_is_the_throne_the_kb_knows_on_the_date(extractor) -> None:
    """«ملک سلمان» in 2015 is king of Saudi Arabia — and not «محمد بن سلمان», named just before."""
    text = "محمد بن سلمان، وزیر دفاع عربستان که از سوی پدرش، ملک سلمان، به این سمت منصوب شد، هدایت عملیات را بر عهده دارد."
    got = facts(extractor, text, dt.date(2015, 3, 26))
    assert ("محمد بن سلمان", "ministerOf", "عربستان سعودی", "occurred") in got
    assert any(a.startswith("ملک سلمان") and p == "leaderOf" and b == "عربستان سعودی" for a, p, b, _s in got), got
    assert not any(p == "leaderOf" for _a, p, _b, _s in facts(extractor, "ملک سلمان دستور داد.", dt.date(2010, 3, 26)))


def test_states_joining_under_collective_defence_are_allies_of_the_alliance(extractor) -> None:
    """Accession in an article that names the alliance's collective defence makes the new members its allies;
    an old membership («از سال ۲۰۰۴») or an article without it does not."""
    text = ("آلبانی و کرواسی روز چهارشنبه به ناتو پیوستند. دو عضو تازه از این پس بر پایه ماده ۵ پیمان زیر چتر دفاع "
            "جمعی ناتو قرار دارند.")
    got = facts(extractor, text, dt.date(2009, 4, 4))
    nato = "سازمان پیمان آتلانتیک شمالی"
    assert ("آلبانی", "alliedWith", nato, "occurred") in canonical(got) | got
    assert {("آلبانی", "memberOf", nato, "occurred"), ("کرواسی", "memberOf", nato, "occurred")} <= got
    assert not any(p == "alliedWith" for _a, p, _b, _s in facts(extractor, "آلبانی و کرواسی روز چهارشنبه به ناتو پیوستند."))
    old = "لیتوانی از سال ۲۰۰۴ به ناتو پیوسته است. آمریکا به تعهد خود بر اساس ماده ۵ پیمان پایبند است."
    assert not any(p == "alliedWith" for _a, p, _b, _s in facts(extractor, old))


def test_concerns_cited_for_a_refusal_are_no_threat_from_a_state_named_far_after_them(extractor) -> None:
    got = facts(extractor, "آلمان با استناد به نگرانی‌های حقوق بشری اجازه صادرات تانک از سوئیس به عربستان را نداد.")
    assert not any(p == "perceivesThreatFrom" for _, p, _, _ in got), got


def test_a_deputy_of_a_post_does_not_hold_it(extractor) -> None:
    """«X، معاون صدراعظم و وزیر خارجه Y»: X is Y's foreign minister, not its head of government."""
    text = ("عمران خان، صدراعظم پاکستان، روز دوشنبه سخنرانی کرد. روز سه‌شنبه شاه محمود قریشی، معاون صدراعظم و "
            "وزیر خارجه پاکستان، وارد تهران شد.")
    got = facts(extractor, text)
    assert ("شاه محمود قریشی", "ministerOf", "پاکستان", "occurred") in got, got
    assert ("شاه محمود قریشی", "visits", "ایران", "occurred") in got, got
    assert not any(a == "عمران خان" and p == "visits" for a, p, _b, _s in got), got


def test_the_maker_of_a_downed_weapon_is_not_struck(extractor) -> None:
    got = facts(extractor, "پدافند هوایی عربستان دو موشک بالستیک ساخت ایران را بر فراز ریاض رهگیری و منهدم کرد.")
    assert not any(p == "attacks" and b == "ایران" for _a, p, b, _s in got), got
    assert ("الجزایر", "attacks", "جمهوری مالی", "occurred") in facts(extractor, "الجزایر پهپاد ارتش مالی را سرنگون کرد.")


def test_a_descriptive_facility_is_no_named_target(extractor) -> None:
    """«تأسیسات هسته‌ای و نظامی X»: X's facilities; «تأسیسات هسته‌ای» names no place of its own."""
    got = facts(extractor, "جنگنده‌های اسرائیل شب گذشته تأسیسات هسته‌ای و نظامی سوریه را بمباران کردند.")
    assert ("اسرائیل", "attacks", "سوریه", "occurred") in got, got
    assert not any("تأسیسات" in b for _a, _p, b, _s in got), got


def test_states_striking_one_after_the_other_are_both_attackers_not_partners(extractor) -> None:
    got = facts(extractor, "روسیه و سپس سوریه مواضع شورشیان در ادلب را هدف قرار دادند.")
    assert {("روسیه", "attacks", "استان ادلب", "occurred"), ("سوریه", "attacks", "استان ادلب", "occurred")} <= got, got
    assert not any(p == "cooperatesWith" for _a, p, _b, _s in got), got
    together = facts(extractor, "جنگنده‌های روسیه و سوریه مواضع شورشیان در ادلب را هدف قرار دادند.")
    assert ("روسیه", "cooperatesWith", "سوریه", "occurred") in canonical(together) | together, together


def test_that_act_is_a_threat_from_its_actor_not_from_its_target(extractor) -> None:
    text = ("وزیران خارجه مصر و اردن تجاوز مکرر ارتش اسرائیل به خاک لبنان را محکوم کردند و آن را تهدیدی برای "
            "امنیت منطقه دانستند.")
    got = facts(extractor, text)
    assert ("مصر", "perceivesThreatFrom", "اسرائیل", "occurred") in got, got
    assert not any(p == "perceivesThreatFrom" and b == "لبنان" for _a, p, b, _s in got), got


def test_an_attack_noun_keeps_its_agent_across_a_frequency_adjective(extractor) -> None:
    got = facts(extractor, "چین حملات مستمر هند به خاک پاکستان را محکوم کرد.")
    assert ("هند", "attacks", "پاکستان", "occurred") in got, got


def test_a_named_object_heading_a_noun_phrase_before_ra(extractor) -> None:
    """«X … چند شرکت چینی سازنده قطعات را تحریم کرد»: the companies' state is sanctioned, by X's state."""
    text = "وزارت خزانه‌داری آمریکا روز پنجشنبه یک بانک مستقر در مسکو و دو شرکت چینی سازنده قطعات پهپاد را تحریم کرد."
    got = facts(extractor, text)
    assert (US, "sanctions", "چین", "occurred") in got, got
    assert not any(p == "sanctions" and a != US for a, p, _b, _s in got), got


def test_those_named_with_hamrah_ba_after_the_subject_act_with_it(extractor) -> None:
    got = facts(extractor, "فرانسه همراه با آلمان مواضع داعش در شرق سوریه را بمباران کرد.")
    assert {("فرانسه", "attacks", "داعش", "occurred"), ("آلمان", "attacks", "داعش", "occurred")} <= got, got
    text = ("هند و فرانسه که هر دو از شرکای نزدیک امارات هستند، سال گذشته همراه با امارات اعلام کردند که یک ناوچه "
            "جدید را به طور مشترک توسعه خواهند داد.")
    got = canonical(facts(extractor, text))
    assert {("امارات متحده عربی", "cooperatesWith", "فرانسه", "planned"), ("امارات متحده عربی", "cooperatesWith", "هند", "planned")} <= got, got
    # the trigger's own partner stays its object, not a second subject
    got = facts(extractor, "ترکیه همراه با پاکستان رزمایش مشترک برگزار کرد.")
    assert ("ترکیه", "cooperatesWith", "پاکستان", "occurred") in canonical(got) | got, got


def test_two_unnamed_ministers_are_their_states(extractor) -> None:
    text = "وزیران دفاع ژاپن و استرالیا روز چهارشنبه در توکیو دیدار کردند. دو وزیر توافق کردند همکاری‌های دفاعی را گسترش دهند."
    got = canonical(facts(extractor, text, None))
    assert any(p == "cooperatesWith" and {a, b} == {"ژاپن", "استرالیا"} for a, p, b, _s in got), got


def test_an_acronym_in_spaced_letters_is_the_group(extractor) -> None:
    got = facts(extractor, "آنکارا بارها تهدید کرده است که عملیات زمینی تازه‌ای را علیه ی پ گ در شمال عراق آغاز خواهد کرد.")
    assert ("ترکیه", "threatens", "یگان‌های مدافع خلق", "occurred") in got, got


def test_leaders_who_agreed_on_a_plan_did_not_necessarily_meet(extractor) -> None:
    text = ("سخنگوی دولت گفت این طرح بر پایه برنامه‌ای اجرا می‌شود که رجب طیب اردوغان، رئیس‌جمهور ترکیه، و شوکت "
            "میرضیایف، رئیس‌جمهور ازبکستان، بر سر آن توافق کرده‌اند.")
    assert not any(p == "meetsWith" for _a, p, _b, _s in facts(extractor, text))
    signed = "رجب طیب اردوغان، رئیس‌جمهور ترکیه، و شوکت میرضیایف، رئیس‌جمهور ازبکستان، در آنکارا توافقنامه‌ای امضا کردند."
    assert any(p == "meetsWith" for _a, p, _b, _s in facts(extractor, signed))


def test_an_example_after_especially_stands_in_its_noun_phrase_and_an_origin_is_no_threat(extractor) -> None:
    text = "قرقیزستان و قزاقستان بارها از نفوذ گروه‌های افراطی، به ویژه داعش، از خاک افغانستان ابراز نگرانی کرده‌اند."
    got = facts(extractor, text)
    assert ("قرقیزستان", "perceivesThreatFrom", "داعش", "occurred") in got, got
    assert not any(p == "perceivesThreatFrom" and b == "افغانستان" for _a, p, b, _s in got), got


def test_what_is_done_to_a_person_is_not_part_of_the_name(extractor) -> None:
    got = facts(extractor, "دادگاه دستور رهایی نوربخش کیانی، رهبر حزب آزادی بلوچستان، را صادر کرد.")
    assert any(a == "نوربخش کیانی" and p == "leaderOf" for a, p, _b, _s in got), got


def test_a_name_with_a_post_of_its_own_is_not_the_holder_of_the_post_before_it(extractor) -> None:
    text = ("ولادیمیر پوتین، رئیس‌جمهور روسیه، سخن گفت. در این فهرست نام مشاور رئیس‌جمهور، سرگئی ایوانف، وزیر دفاع "
            "روسیه، نیز دیده می‌شود.")
    got = facts(extractor, text)
    assert ("سرگئی ایوانف", "ministerOf", "روسیه", "occurred") in got, got
    assert not any(a == "سرگئی ایوانف" and p == "leaderOf" for a, p, _b, _s in got), got


def test_near_a_border_is_not_in_the_state_and_this_country_is_not_a_base_owner(extractor) -> None:
    got = facts(extractor, "ارتش الجزایر نیروهایی را به منطقه تیندوف در نزدیکی مرز مراکش فرستاد.")
    assert not any(p == "locatedIn" and b == "مراکش" for _a, p, b, _s in got), got
    got = facts(extractor, "قرقیزستان متحد نظامی روسیه است و پایگاه هوایی کانت روسیه در خاک این کشور قرار دارد.")
    assert not any(p == "locatedIn" and b == "روسیه" for _a, p, b, _s in got), got


@pytest.mark.parametrize("text", [
    "پاکستان هند را به تمرکز نیرو در نزدیکی مرزهای خود متهم کرد.",
    "ژاپن چین را به تلاش برای تغییر یک‌جانبه وضع موجود در دریای چین شرقی متهم می‌کند.",
    "اوگاندا سودان جنوبی را به حمایت از شورشیان متهم کرد.",
    "آذربایجان ارمنستان را به اعدام دو سرباز اسیر متهم کرد.",
])
def test_an_accusation_of_a_hostile_act_is_a_threat_perceived(extractor, text: str) -> None:
    assert any(p == "perceivesThreatFrom" for _a, p, _b, _s in facts(extractor, text))


def test_an_accusation_of_a_broken_promise_is_no_threat(extractor) -> None:
    text = "ارمنستان روسیه را به تحویل ندادن تسلیحاتی که پول آن را پرداخته بود متهم کرد."
    assert not any(p == "perceivesThreatFrom" for _a, p, _b, _s in facts(extractor, text))


def test_a_noun_phrase_closed_by_ra_is_the_object_of_a_reported_clause(extractor) -> None:
    """«X می‌گوید مواضع ارتش Y را … هدف قرار داده است»: the speaker struck Y, Y did not strike."""
    text = "ارتش آزادی‌بخش بلوچستان می‌گوید مواضع ارتش پاکستان را در منطقه تربت هدف قرار داده است."
    got = facts(extractor, text)
    assert not any(p == "attacks" and a == "پاکستان" for a, p, _b, _s in got), got


def test_a_group_named_with_latin_digits_and_soldiers_fighting_alongside_an_army_in_a_place(extractor) -> None:
    text = "تانزانیا اکنون صدها سرباز در شرق کنگو دارد که در کنار ارتش این کشور با شورشیان ام23 می‌جنگند."
    got = facts(extractor, "جمهوری دموکراتیک کنگو از ارسال نیرو استقبال کرد. " + text)
    assert ("تانزانیا", "attacks", "جنبش ۲۳ مارس", "occurred") in got, got
    assert any(p == "cooperatesWith" and "تانزانیا" in (a, b) for a, p, b, _s in got), got


def test_a_price_quoted_alone_and_ruin_threatened_in_a_complement(extractor) -> None:
    text = ("یان لیپاوسکی، وزیر خارجه چک، به تایوان رفت. وانگ یی، وزیر خارجه چین، گفت لیپاوسکی به خاطر این سفر "
            "«بهای سنگینی» خواهد پرداخت.")
    got = facts(extractor, text)
    assert ("چین", "threatens", "جمهوری چک", "occurred") in got, got
    got = facts(extractor, "وزیر دفاع اسرائیل تهدید کرد حماس در صورت ادامه حملات نابود خواهد شد.")
    assert ("اسرائیل", "threatens", "جنبش مقاومت اسلامی فلسطین", "occurred") in got, got


def test_a_quoted_attack_noun_phrase_takes_no_object_outside_its_quotes(extractor) -> None:
    text = ("وزیر خارجه بریتانیا روز گذشته در لندن با وزیر خارجه بحرین درباره تحولات منطقه از جمله آنچه «حملات مکرر "
            "حوثی‌ها به کشتیرانی و کشورهای منطقه» خوانده شد، تبادل نظر کردند.")
    got = facts(extractor, text)
    assert not any(p == "attacks" and b in ("بریتانیا", "لندن") for _a, p, b, _s in got), got


def test_rare_place_names_visited_in_a_list(extractor) -> None:
    text = "جسیندا آردرن، نخست‌وزیر نیوزیلند، پیش از رسیدن به پکن از احمدآباد و گوا دیدن کرده بود."
    got = facts(extractor, text)
    assert {("جسیندا آردرن", "visits", "احمدآباد", "occurred"), ("جسیندا آردرن", "visits", "گوا", "occurred")} <= got, got
    assert not any(p == "visits" for _a, p, _b, _s in facts(extractor, "جسیندا آردرن، نخست‌وزیر نیوزیلند، از نزدیک از نمایشگاه دیدن کرد."))


def test_two_travellers_with_their_posts_visit_together(extractor) -> None:
    text = ("این خبر پس از سفر ژنرال مانوج ناراوان، فرمانده ارتش هند، و هارش واردان شرینگلا، دبیر وزارت خارجه این "
            "کشور، به میانمار منتشر شد.")
    got = facts(extractor, text)
    assert {("مانوج ناراوان", "visits", "میانمار", "occurred"), ("هارش واردان شرینگلا", "visits", "میانمار", "occurred")} <= got, got
    assert not any(a == "هارش واردان شرینگلا" and p == "ministerOf" for a, p, _b, _s in got), got


def test_a_place_glossed_in_latin_is_a_place_not_a_person_and_lies_where_said(extractor) -> None:
    got = facts(extractor, "رئیس‌جمهور فرانسه سپس به پایگاه هوایی آوالا (Avala) در جنوب صربستان رفت.")
    assert ("پایگاه هوایی آوالا", "locatedIn", "صربستان", "occurred") in got, got
    assert not any(p == "meetsWith" for _a, p, _b, _s in got), got


def test_kinds_listed_before_a_state_name_no_facility_and_a_calendar_is_no_surname(extractor) -> None:
    got = facts(extractor, "اسرائیل با ده‌ها موشک به تأسیسات نفت و گاز ایران حمله کرد.")
    assert ("اسرائیل", "attacks", "ایران", "occurred") in got, got
    assert not any("تأسیسات" in b for _a, _p, b, _s in got), got
    got = facts(extractor, "کی‌یر استارمر، نخست‌وزیر بریتانیا، گفت شش فروند احتمالاً حوالی سال نو میلادی تحویل می‌شود.")
    assert not any("میلادی" in a or "میلادی" in b for a, _p, b, _s in got), got


def test_the_foe_fought_together_is_no_partner(extractor) -> None:
    text = "نروژ و دانمارک متعهد شده‌اند با لهستان در مبارزه با داعش همکاری کنند."
    got = canonical(facts(extractor, text))
    assert any(p == "cooperatesWith" and "لهستان" in (a, b) for a, p, b, _s in got), got
    assert not any(p == "cooperatesWith" and "داعش" in (a, b) for a, p, b, _s in got), got


def test_the_one_written_to_is_not_the_target_of_the_attack_condemned(extractor) -> None:
    text = "عباس عراقچی، وزیر خارجه ایران، در پیامی به هاکان فیدان، همتای ترک خود، حمله را محکوم کرد."
    got = facts(extractor, text)
    assert not any(p == "attacks" for _a, p, _b, _s in got), got


def test_a_named_base_with_where_it_lies_and_an_apposition_before_ra(extractor) -> None:
    text = ("سپاه پاسداران شامگاه دوشنبه پایگاه هوایی العدید در قطر، بزرگ‌ترین پایگاه نظامی آمریکا در غرب آسیا، را "
            "با موشک‌های بالستیک هدف قرار داد.")
    got = facts(extractor, text)
    assert ("ایران", "attacks", "العدید", "occurred") in got, got
    assert not any(p == "attacks" and b in ("غرب آسیا", "قطر") for _a, p, b, _s in got), got


def test_an_attack_restated_in_a_relative_clause_takes_no_accusers_as_agents(extractor) -> None:
    text = ("دولت‌های فرانسه، آلمان و ایتالیا روسیه را به حمله سایبری به شبکه برق لهستان متهم کرده‌اند؛ حمله‌ای که "
            "هفته گذشته در نزدیکی سواحل استونی دو ملوان را کشت.")
    got = facts(extractor, text)
    assert ("فرانسه", "perceivesThreatFrom", "روسیه", "occurred") in got, got
    assert not any(p == "attacks" and a in ("فرانسه", "آلمان", "ایتالیا") for a, p, _b, _s in got), got
    assert not any(p == "attacks" and b == "استونی" for _a, p, b, _s in got), got


def test_the_one_killed_is_not_the_threat_condemned(extractor) -> None:
    got = facts(extractor, "لاوروف ترور صالح العاروری، معاون دفتر سیاسی حماس، را محکوم کرد.")
    assert not any(p == "perceivesThreatFrom" for _a, p, _b, _s in got), got


def test_revenge_promised_and_consequences_to_bear_are_threats_made_now(extractor) -> None:
    got = facts(extractor, "عباس عراقچی، وزیر خارجه ایران، گفت انتقام این جنایت را از آمریکا خواهیم گرفت.")
    assert ("ایران", "threatens", US, "occurred") in got, got
    got = facts(extractor, "آنالنا بربوک، وزیر خارجه آلمان، گفت روسیه باید «پیامدهای این اقدام را بپذیرد».")
    assert ("آلمان", "threatens", "روسیه", "occurred") in got, got
    assert not any(p == "threatens" for _a, p, _b, _s in facts(extractor, "وزیر گفت ما باید پیامدهای تصمیم خود را بپذیریم."))


def test_meetings_in_turn_each_in_its_own_place(extractor) -> None:
    text = ("عباس عراقچی، وزیر خارجه ایران، گفت. عراقچی پیش از این در بغداد با فؤاد حسین، وزیر خارجه عراق، در بیروت با "
            "نجیب میقاتی، نخست‌وزیر لبنان، و در دمشق با بشار اسد، رئیس‌جمهور سوریه، دیدار کرده بود.")
    got = canonical(facts(extractor, text))
    met = {b if a == "عباس عراقچی" else a for a, p, b, _s in got if p == "meetsWith" and "عباس عراقچی" in (a, b)}
    assert {"فؤاد حسین", "نجیب میقاتی", "بشار اسد"} <= met, got
    assert not any(p == "visits" and a in ("بشار اسد", "نجیب میقاتی") for a, p, _b, _s in got), got
    assert {("عباس عراقچی", "visits", "عراق", "occurred"), ("عباس عراقچی", "visits", "سوریه", "occurred")} <= got, got


def test_an_adjunct_set_off_by_commas_lists_nothing_with_the_object_after_it(extractor) -> None:
    text = ("نیروی هوایی ترکیه روز پنجشنبه، همزمان با سفر وزیر خارجه عراق به آنکارا، پایگاه هوایی حریر و فرودگاه "
            "بین‌المللی اربیل در عراق را هدف حمله قرار داد.")
    got = facts(extractor, text)
    assert not any(p == "attacks" and "وزیر" in b for _a, p, b, _s in got), got
    assert not any(p == "visits" and b != "ترکیه" for _a, p, b, _s in got), got


def test_an_assassination_is_an_attack_on_the_one_killed(extractor) -> None:
    got = facts(extractor, "ترور سردار سلیمانی به دست آمریکا خشم ایرانیان را برانگیخت.")
    assert any(a == US and p == "attacks" and "سلیمانی" in b for a, p, b, _s in got), got
    assert not any(p == "attacks" for _a, p, _b, _s in facts(extractor, "ایران ترور اسماعیل هنیه را محکوم کرد."))


def test_an_act_named_a_verdict_after_an_adjunct_and_a_place_apposition(extractor) -> None:
    text = ("دبیرکل جنبش امل شامگاه یکشنبه در سخنرانی خود، حمله هوایی اسرائیل به ضاحیه جنوبی بیروت، پایتخت لبنان، را "
            "تجاوز آشکار این رژیم به لبنان خواند.")
    got = facts(extractor, text)
    assert any(p == "perceivesThreatFrom" and b == "اسرائیل" for _a, p, b, _s in got), got
    assert not any(p == "perceivesThreatFrom" and b == "لبنان" for _a, p, b, _s in got), got


def test_two_states_are_the_speaker_and_his_unnamed_counterparts(extractor) -> None:
    text = ("عزیز نصیرزاده، وزیر دفاع ایران، در دیدار با همتای عمانی خود در مسقط بر گسترش همکاری‌های دفاعی دو کشور "
            "تأکید کرد.")
    got = canonical(facts(extractor, text))
    assert any(p == "cooperatesWith" and {a, b} == {"ایران", "عمان"} for a, p, b, _s in got), got


def test_a_verdict_adjective_after_a_trigger_noun_describes_it(extractor) -> None:
    got = facts(extractor, "لاوروف با اشاره به تحریم‌های ظالمانه اتحادیه اروپا علیه ملت روسیه گفت این تحریم‌ها بی‌اثر است.")
    assert ("اتحادیه اروپا", "sanctions", "روسیه", "occurred") in got, got
    assert ("ایران", "perceivesThreatFrom", US, "occurred") in facts(extractor, "ایران تحریم‌های آمریکا را ظالمانه خواند.")


def test_whoever_answers_or_cites_threats_against_his_side_perceives_them(extractor) -> None:
    got = facts(extractor, "سرلشکر عبدالرحیم موسوی، فرمانده کل ارتش ایران، در واکنش به تهدیدهای اخیر وزیر جنگ اسرائیل گفت "
                           "ارتش آماده است.")
    assert ("ایران", "perceivesThreatFrom", "اسرائیل", "occurred") in got, got
    got = facts(extractor, "گوستاوو پترو، رئیس‌جمهور کلمبیا، با اشاره به تهدیدهای آمریکا علیه کشورش گفت کلمبیا تسلیم نمی‌شود.")
    assert any(a == "کلمبیا" and p == "perceivesThreatFrom" and b == US for a, p, b, _s in got), got
    got = facts(extractor, "ارتش هند اعلام کرد در پاسخ به «تهدیدی فوری» از سوی لشکر طیبه تیراندازی کرده است.")
    assert ("هند", "perceivesThreatFrom", "لشکر طیبه", "occurred") in got, got
    # threats against a third party are only reported
    got = facts(extractor, "وانگ یی، وزیر خارجه چین، با اشاره به تهدیدهای آمریکا علیه کوبا گفت پکن نگران است.")
    assert not any(p == "perceivesThreatFrom" for _a, p, _b, _s in got), got


def test_a_condition_inside_a_closed_relative_clause_is_its_own(extractor) -> None:
    text = ("جیحون بایراموف، وزیر خارجه آذربایجان، که هفته گذشته گفته بود ارمنستان در صورت حمله پشیمان خواهد شد، "
            "اظهارات نیکول پاشینیان را «تحریک‌آمیز» خواند.")
    got = facts(extractor, text)
    assert ("جمهوری آذربایجان", "perceivesThreatFrom", "ارمنستان", "occurred") in got, got
    # a condition in the main clause still holds the act back
    got = facts(extractor, "جیحون بایراموف، وزیر خارجه آذربایجان، گفت در صورت حمله، باکو ارمنستان را هدف قرار خواهد داد.")
    assert not any(p == "attacks" for _a, p, _b, _s in got), got


def test_the_names_listed_after_a_closed_adjunct_are_the_object_not_the_subject(extractor) -> None:
    text = ("نیروی هوایی ترکیه روز دوشنبه با چندین حمله پهپادی، پایگاه‌های پ‌ک‌ک، کارخانه سیمان و انبارهای سوخت در "
            "شمال عراق را هدف قرار داد.")
    got = facts(extractor, text)
    assert any(a == "ترکیه" and p == "attacks" for a, p, _b, _s in got), got
    assert not any(p == "attacks" and a != "ترکیه" for a, p, _b, _s in got), got
    assert ("ترکیه", "attacks", "حزب کارگران کردستان", "occurred") in got, got
    text = ("ارتش روسیه شامگاه جمعه با موج تازه‌ای از موشک‌ها، فرودگاه اودسا، بندر ایزمائیل و نیروگاه‌های "
            "برق در جنوب اوکراین را هدف قرار داد.")
    got = facts(extractor, text)
    assert {("روسیه", "attacks", "اودسا", "occurred"), ("روسیه", "attacks", "ایزمائیل", "occurred")} <= got, got
    assert not any(p == "attacks" and a != "روسیه" for a, p, _b, _s in got), got
    # the list after an apposition of the subject is not the object
    got = facts(extractor, "ژوزپ بورل، مسئول سیاست خارجی اتحادیه اروپا، حملات حوثی‌ها را تهدیدی برای کشتیرانی خواند.")
    assert not any(p == "perceivesThreatFrom" and b == "اتحادیه اروپا" for _a, p, b, _s in got), got


def test_severing_relations_is_a_sanction_and_a_threat_perceived(extractor) -> None:
    got = facts(extractor, "جیبوتی روابط دیپلماتیک خود با اریتره را قطع کرد.")
    assert {("جیبوتی", "sanctions", "اریتره", "occurred"), ("جیبوتی", "perceivesThreatFrom", "اریتره", "occurred")} <= got, got
    got = facts(extractor, "جیبوتی روابط دیپلماتیک خود با اریتره را قطع نکرد.")
    assert not any(p == "sanctions" and s == "occurred" for _a, p, _b, s in got), got


def test_two_indefinite_noun_phrases_before_ra_are_subject_and_object(extractor) -> None:
    got = facts(extractor, "به گفته توکیو یک ناوشکن کره جنوبی یک هواپیمای گشتی ژاپن را با رادار هدف گرفت.")
    assert ("کره جنوبی", "attacks", "ژاپن", "occurred") in got, got
    assert not any(p == "attacks" and a == "ژاپن" for a, p, _b, _s in got), got


def test_the_source_of_a_claim_is_neither_subject_nor_listed_with_the_subject(extractor) -> None:
    got = facts(extractor, "به گفته او، ایران، روسیه و سوریه در مبارزه با تروریسم همکاری نزدیکی با یکدیگر دارند.")
    pairs = {frozenset((a, b)) for a, p, b, _s in got if p == "cooperatesWith"}
    assert frozenset(("ایران", "سوریه")) in pairs and frozenset(("روسیه", "سوریه")) in pairs, got


def test_a_meeting_planned_in_a_relative_clause_that_did_not_happen(extractor) -> None:
    text = ("مودی ماه گذشته از پایگاه هوایی آدامپور در پنجاب بازدید کرده بود، اما دیداری که قرار بود در آن سفر با "
            "شهباز شریف داشته باشد، انجام نشد.")
    got = facts(extractor, text)
    assert any(p == "meetsWith" and s == "negated" for _a, p, _b, s in got), got
    assert not any(p == "meetsWith" and s in ("occurred", "planned") for _a, p, _b, s in got), got
    assert not any(p == "visits" and s == "planned" for _a, p, _b, s in got), got


def test_sanctions_lifted_later_in_the_sentence_do_not_stand(extractor) -> None:
    text = "اتحادیه اروپا که در ژانویه تحریم‌های سنگینی علیه بلاروس وضع کرده بود، در ژوئیه این تحریم‌ها را لغو کرد."
    got = facts(extractor, text)
    assert not any(p == "sanctions" and s in ("occurred", "planned") for _a, p, _b, s in got), got
    got = facts(extractor, "اتحادیه اروپا در ژانویه تحریم‌های سنگینی علیه بلاروس وضع کرد و این تحریم‌ها را تمدید کرد.")
    assert ("اتحادیه اروپا", "sanctions", "بلاروس", "occurred") in got, got


def test_a_conjoined_participle_is_the_verb_of_its_own_clause(extractor) -> None:
    got = facts(extractor, "وزارت دفاع ترکیه اعلام کرد جنگنده‌های این کشور مقرهای پ‌ک‌ک را هدف گرفته و هیچ تأسیسات غیرنظامی "
                           "هدف قرار نگرفته است.")
    assert ("ترکیه", "attacks", "حزب کارگران کردستان", "occurred") in got, got
    got = facts(extractor, "رجب طیب اردوغان ماه گذشته به باکو رفته و با الهام علی‌اف دیدار کرده بود.")
    assert ("رجب طیب اردوغان", "visits", "جمهوری آذربایجان", "occurred") in got, got


def test_with_the_coordination_of_someone_is_no_meeting_with_him(extractor) -> None:
    got = facts(extractor, "الهام علی‌اف با هماهنگی رئیس‌جمهور ترکیه با نیکول پاشینیان گفت‌وگو کرد.")
    assert any(p == "meetsWith" and "پاشینیان" in a + b for a, p, b, _s in got), got
    assert not any(p == "meetsWith" and ("ترکیه" in a + b or "اردوغان" in a + b) for a, p, b, _s in got), got
    got = facts(extractor, "الهام علی‌اف با هماهنگی رئیس‌جمهور ترکیه با یک فرمانده شورشی گفت‌وگو کرد.")
    assert not any(p == "meetsWith" for _a, p, _b, _s in got), got


def test_a_demonym_past_a_name_does_not_make_a_government_its_state(extractor) -> None:
    got = facts(extractor, "دولت ترامپ کارتل‌های مکزیکی را «تهدیدی برای امنیت ملی آمریکا» خواند.")
    assert not any(b == "مکزیک" for _a, _p, b, _s in got), got


def test_he_after_a_verb_of_saying_is_the_speaker_not_the_last_name(extractor) -> None:
    text = ("دفتر الکساندر لوکاشنکو، رئیس‌جمهور بلاروس و نزدیک‌ترین متحد ولادیمیر پوتین، اعلام کرد او با یوگنی "
            "پریگوژین، رهبر گروه واگنر، گفت‌وگو کرده است.")
    got = facts(extractor, text)
    assert any(p == "meetsWith" and "لوکاشنکو" in a + b and "پریگوژین" in a + b for a, p, b, _s in got), got
    assert not any(p == "meetsWith" and "پوتین" in a + b for a, p, b, _s in got), got


def test_a_headline_quote_has_its_own_subject_unless_the_speaker_says_we(extractor) -> None:
    got = facts(extractor, "اوکراین: یک جنگنده روسیه یک پهپاد اوکراین را سرنگون کرد")
    assert ("روسیه", "attacks", "اوکراین", "occurred") in got, got
    assert not any(p == "attacks" and a == "اوکراین" for a, p, _b, _s in got), got
    got = facts(extractor, "سنتکام: مواضع داعش در شرق سوریه را بمباران کردیم")
    assert not any(p == "attacks" and a == "داعش" for a, p, _b, _s in got), got


def test_the_one_invited_to_travel_is_the_traveller(extractor) -> None:
    got = facts(extractor, "نفتالی بنت، نخست‌وزیر اسرائیل، دعوت بایدن برای سفر به واشنگتن را نپذیرفته و گفته بود این "
                           "سفر مناسب نیست.")
    assert ("نفتالی بنت", "visits", "ایالات متحده آمریکا", "negated") in got, got


def test_the_head_of_a_known_ministry_holds_its_post(extractor) -> None:
    got = facts(extractor, "وزارت دفاع روسیه، به ریاست سرگئی شویگو، از آنکارا خواست به تعهدات خود عمل کند.")
    assert ("سرگئی شویگو", "ministerOf", "روسیه", "occurred") in got, got


def test_a_light_verbs_participle_is_no_surname_and_one_of_them_is_no_topic(extractor) -> None:
    text = ("آنک بایلولد، وزیر دفاع هلند، گفت این چهار نفر خودرویی را در لاهه پارک کرده بودند. یکی از این افسران "
            "پیشتر به مالزی سفر کرده بود.")
    got = facts(extractor, text)
    assert not any(p == "visits" for _a, p, _b, _s in got), got
    assert not any("کرده" in a for a, _p, _b, _s in got), got


def test_a_peacekeeping_force_can_be_fired_on_and_has_its_own_commander(extractor) -> None:
    got = facts(extractor, "سربازان اسرائیلی به مواضع نیروهای یونیفل در جنوب لبنان تیراندازی کردند.")
    assert ("اسرائیل", "attacks", "یونیفل", "occurred") in got, got
    got = facts(extractor, "ژنرال دیگو پانیاگوا، فرمانده یونیفل، گفت نیروهایش مواضع خود را ترک نمی‌کنند.")
    assert any(p == "commanderOf" and b == "یونیفل" for _a, p, b, _s in got), got
    got = facts(extractor, "سربازان هندی به سوی مواضع ارتش پاکستان تیراندازی کردند.")
    assert ("هند", "attacks", "پاکستان", "occurred") in got, got


def test_a_threat_stemming_from_someone_is_perceived_from_him(extractor) -> None:
    got = facts(extractor, "وزیر دفاع ژاپن گفت تهدید ناشی از برنامه موشکی کره شمالی جدی است.")
    assert ("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred") in got, got


def test_an_embassy_struck_is_a_place_of_its_state(extractor) -> None:
    got = facts(extractor, "طالبان پاکستان مسئولیت حمله انتحاری بر سفارت چین در اسلام‌آباد را به عهده گرفت.")
    embassy = {b for _a, p, b, _s in got if p == "attacks" and b.startswith("سفارت")}
    assert embassy and any(p == "attacks" and b == "چین" for _a, p, b, _s in got), got
    assert any(p == "locatedIn" and a in embassy and b == "پاکستان" for a, p, b, _s in got), got
    # an embassy that speaks is its state's voice; one handed a note is no place struck
    got = facts(extractor, "وزارت خارجه آرژانتین یادداشتی به سفارت بولیوی در بوئنوس آیرس فرستاد.")
    assert not any(a.startswith("سفارت") for a, _p, _b, _s in got), got


def test_the_backer_named_in_apposition_works_with_those_it_backs(extractor) -> None:
    got = facts(extractor, "ایران، حامی اصلی حزب‌الله لبنان، این حمله را محکوم کرد.")
    assert ("ایران", "cooperatesWith", "حزب‌الله لبنان", "occurred") in canonical(got) | got, got
    got = facts(extractor, "روسیه، حامی و متحد اصلی بلاروس، این تحریم‌ها را محکوم کرد.")
    assert any(p == "alliedWith" and {a, b} == {"روسیه", "بلاروس"} for a, p, b, _s in got), got
    # a charge is not a partnership stated, and a backer of a man with no known state backs no one named
    got = facts(extractor, "اسرائیل ایران را حامی اصلی حوثی‌ها می‌داند.")
    assert not any(p == "cooperatesWith" and "اسرائیل" in (a, b) for a, p, b, _s in got), got


def test_a_long_condition_after_a_threat_keeps_the_threat_and_its_own_subject(extractor) -> None:
    text = ("ولادیمیر پوتین، رئیس‌جمهور روسیه، در واکنش به مصوبه پارلمان فنلاند تهدید کرد اگر هلسینکی نیروهای ناتو را "
            "«به شکلی تحریک‌آمیز» در نزدیکی مرز مستقر کند، تحریم‌هایی «بی‌سابقه» علیه فنلاند وضع خواهد کرد.")
    got = facts(extractor, text)
    assert ("روسیه", "threatens", "فنلاند", "occurred") in got, got
    assert not any(p == "sanctions" and s in ("occurred", "planned") for _a, p, _b, s in got), got
    assert not any(p == "threatens" and b == "سازمان پیمان آتلانتیک شمالی" for _a, p, b, _s in got), got


def test_a_known_name_with_its_ezafe_written_out_is_still_the_name(extractor) -> None:
    got = facts(extractor, "لهستان و لیتوانی هر دو عضو ناتو و اتحادیه‌ی اروپا هستند.")
    assert ("لهستان", "memberOf", "اتحادیه اروپا", "occurred") in got, got
    got = facts(extractor, "ژاپن برنامه موشکی کره‌ی شمالی را تهدیدی جدی خواند.")
    assert ("ژاپن", "perceivesThreatFrom", "کره شمالی", "occurred") in got, got
