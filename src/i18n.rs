//! The one translation table: every string a user can see, in English and
//! Arabic. Code names a string by its [`Text`] variant; the view asks
//! [`Text::get`] for the active [`Lang`]. Units live here too, so they are
//! translated with their labels.

/// A language the page speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English, left to right (the default).
    #[default]
    En,
    /// Arabic, right to left, Arabic-Indic digits.
    Ar,
    /// Arabic, right to left, Latin digits (`digits=latn`).
    ArLatn,
}

/// What a prerendered page's footer says about its controls (in the native
/// prerenderer only, so the page's wasm does not carry it).
#[cfg(not(target_arch = "wasm32"))]
pub fn needs_javascript(lang: Lang) -> &'static str {
    if lang.is_arabic() {
        "تحريك المنزلقات والخانات يتطلب جافاسكريبت؛ الأرقام المعروضة تخص المدخلات المعروضة."
    } else {
        "Moving the sliders and boxes needs JavaScript; the figures shown are for the inputs shown."
    }
}

impl Lang {
    /// The BCP 47 tag, for `lang=` in the URL and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar | Lang::ArLatn => "ar",
        }
    }

    /// Whether this is Arabic (either digit set).
    pub fn is_arabic(self) -> bool {
        self != Lang::En
    }

    /// `ltr` or `rtl`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar | Lang::ArLatn => "rtl",
        }
    }

    /// The language for a tag such as `ar`, `ar-EG` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }
}

/// `c`, an ASCII digit, as its Arabic-Indic digit (anything else unchanged).
pub fn arabic_indic_digit(c: char) -> char {
    if c.is_ascii_digit() {
        char::from_u32(0x0660 + c as u32 - '0' as u32).unwrap_or(c)
    } else {
        c
    }
}

/// Text written in `lang`'s digits: with Arabic-Indic digits (`Lang::Ar`)
/// each digit, the `,` and `.` between two digits, and `%` become Arabic
/// ones, except in a Latin name ("Hut 8"); otherwise it is unchanged.
pub fn digits_in_text(lang: Lang, text: &str) -> String {
    if lang != Lang::Ar {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut out = String::with_capacity(text.len() * 2);
    // Whether the current run of digits belongs to a Latin name ("Hut 8"):
    // the word before it is in Latin letters.
    let mut in_name = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() && (i == 0 || !digit(i - 1)) {
            let before = chars[..i].iter().rev().find(|c| **c != ' ');
            in_name = before.is_some_and(char::is_ascii_alphabetic);
        }
        let between = i > 0 && digit(i - 1) && digit(i + 1);
        match c {
            _ if in_name && (c.is_ascii_digit() || between) => out.push(c),
            ',' if between => out.push('\u{066C}'),
            '.' if between => out.push('\u{066B}'),
            '%' => out.push('\u{066A}'),
            _ => out.push(arabic_indic_digit(c)),
        }
    }
    out
}

/// `text` with Arabic-Indic digits and percent sign: converted on first
/// use and kept, by its address (a few strings hold digits).
fn in_arabic_digits(text: &'static str) -> &'static str {
    if !text.bytes().any(|b| b.is_ascii_digit() || b == b'%') {
        return text;
    }
    thread_local! {
        static CONVERTED: std::cell::RefCell<Vec<(usize, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let at = text.as_ptr() as usize;
    CONVERTED.with_borrow_mut(|done| {
        if let Some((_, converted)) = done.iter().find(|(a, _)| *a == at) {
            return *converted;
        }
        let converted: &'static str = Box::leak(digits_in_text(Lang::Ar, text).into_boxed_str());
        done.push((at, converted));
        converted
    })
}

/// Words written where they are declared (an input's label), in English
/// and Arabic: read like a [`Text`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    /// In English.
    pub en: &'static str,
    /// In Arabic, with Latin digits (shown in Arabic-Indic ones with `Lang::Ar`).
    pub ar: &'static str,
}

impl Words {
    /// The words in both languages.
    pub const fn new(en: &'static str, ar: &'static str) -> Words {
        Words { en, ar }
    }

    /// The words in `lang` (its digits too, as [`Text::get`]).
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ar => in_arabic_digits(self.ar),
            Lang::ArLatn => self.ar,
        }
    }
}

macro_rules! units {
    ($($id:ident => $en:literal, $ar:literal;)*) => {
        /// A unit shown beside a number: one symbol per language. The
        /// library names inputs' units by [`Unit::symbol`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Unit { $(#[allow(missing_docs)] $id),* }

        impl Unit {
            /// Every unit, for completeness tests.
            pub const ALL: &'static [Unit] = &[$(Unit::$id),*];

            /// Its symbol in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                static ARABIC: &[&str] = &[$($ar),*];
                match lang {
                    Lang::En => self.symbol(),
                    Lang::Ar => in_arabic_digits(ARABIC[self as usize]),
                    Lang::ArLatn => ARABIC[self as usize],
                }
            }

            /// Its symbol in English (`""` for [`Unit::None`]): a table of
            /// its own, so the library, which names units in English only,
            /// carries no Arabic.
            pub fn symbol(self) -> &'static str {
                static ENGLISH: &[&str] = &[$($en),*];
                ENGLISH[self as usize]
            }
        }
    };
}

/// A row of [`Text`]'s table. Every row is kept in the page and natively;
/// in a wasm module without the `app` feature (the first module, the
/// library) only the rows marked `#[first]` are, the words the first module
/// writes into a card or an input row (`outputs::shown`,
/// `InputSpec::error_message`): the rest is not shipped twice.
macro_rules! row {
    (first; $en:literal, $ar:literal) => {
        [$en, $ar]
    };
    (; $en:literal, $ar:literal) => {
        if cfg!(any(feature = "app", not(target_arch = "wasm32"))) {
            [$en, $ar]
        } else {
            ["", ""]
        }
    };
}

macro_rules! texts {
    ($($(#[$keep:ident])? $id:ident => $en:literal, $ar:literal;)*) => {
        /// A user-visible string, named once and translated in this table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text { $(#[allow(missing_docs)] $id),* }

        impl Text {
            /// Every string in the table, for completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$id),*];

            /// The string in `lang`: in Arabic with Arabic-Indic digits
            /// (`Lang::Ar`), its digits are Arabic-Indic too, so a page
            /// uses one digit system (the button naming Latin digits
            /// excepted).
            pub fn get(self, lang: Lang) -> &'static str {
                // One row per variant, in declaration order: a table lookup
                // is a few bytes of code where a `match` is 11 KB.
                static TABLE: &[[&str; 2]] = &[$(row!($($keep)?; $en, $ar)),*];
                let text = TABLE[self as usize][usize::from(lang.is_arabic())];
                if lang == Lang::Ar && self != Text::LatinDigits {
                    in_arabic_digits(text)
                } else {
                    text
                }
            }
        }
    };
}

texts! {
    AppTitle => "hashpivot: the 2028 halving and the AI pivot", "hashpivot: تنصيف 2028 والتحول إلى الذكاء الاصطناعي";
    AppLede => "Move a slider: every number is computed in your browser from the inputs shown.", "حرّك أي منزلق: كل رقم يُحسب في متصفحك من المدخلات المعروضة.";
    Disclaimer => "This is not investment advice. Figures are estimates from the stated inputs and sources.", "هذه ليست نصيحة استثمارية. الأرقام تقديرات مبنية على المدخلات والمصادر المذكورة.";
    PanicMessage => "Something went wrong and the calculator stopped. Reload the page; if it happens again, the link you used helps us reproduce it.", "حدث خطأ وتوقفت الحاسبة. أعد تحميل الصفحة؛ وإذا تكرر ذلك فالرابط الذي استخدمته يساعدنا على إعادة إنتاجه.";
    PanelMiner => "Miner economics today", "اقتصاديات التعدين اليوم";
    PanelMinerLede => "What one petahash per second of mining earns a day, what its power costs, and where it stops paying.", "ما يكسبه بيتاهاش واحد في الثانية من التعدين يوميًا، وكلفة كهربائه، ومتى يتوقف عن الربح.";
    Reset => "Reset to defaults", "العودة إلى القيم الافتراضية";
    MoreAssumptions => "More assumptions", "افتراضات إضافية";
    HowComputed => "How is this computed?", "كيف يُحسب هذا؟";
    NoticeBadUrl => "A value in the link was not used, the default was:", "لم تُستخدم قيمة في الرابط، واستُخدمت القيمة الافتراضية:";
    #[first] ErrNotNumber => "not a number", "ليس رقمًا";
    #[first] ErrOutOfRange => "outside the allowed range", "خارج النطاق المسموح";
    #[first] ErrAllowed => "allowed:", "المسموح:";
    #[first] ReasonOutsideSearchRange => "not within the searched range", "خارج النطاق الذي جرى البحث فيه";
    #[first] ReasonNoSignChange => "no IRR: the cash flows never change sign", "لا معدل عائد داخلي: التدفقات النقدية لا تغيّر إشارتها";
    #[first] ReasonNeverPaysBack => "never pays back within the horizon", "لا يسترد كلفته خلال الأفق الزمني";
    #[first] ReasonNoHalvingInHorizon => "no halving inside the horizon", "لا تنصيف ضمن الأفق الزمني";
    #[first] ReasonNoReward => "no reward at any price: no subsidy and no fees", "لا مكافأة بأي سعر: لا إعانة ولا رسوم";
    #[first] ReasonFreePower => "free power: a fleet of any efficiency pays", "كهرباء مجانية: يربح أسطول بأي كفاءة";
    #[first] ReasonPending => "computing…", "قيد الحساب…";
    #[first] ReasonPoolKeepsAll => "the pool keeps all the revenue", "يحتفظ المجمع بكل الإيراد";
    SourceNetwork => "Network snapshot: difficulty 125.86 T at block 935,424 (retarget of early Feb 2026, −11.16%, the largest drop since 2021), i.e. 900.9 EH/s; BTC about USD 67,000 then; fees about 0.02 BTC a block (0.5–0.6% of the reward). Sources: public chain data and Hashrate Index reporting, Feb 2026.", "لقطة الشبكة: الصعوبة 125.86 تريليون عند الكتلة 935,424 (تعديل أوائل فبراير 2026، −11.16%، أكبر انخفاض منذ 2021)، أي 900.9 إكزاهاش/ث؛ سعر البيتكوين نحو 67,000 دولار حينها؛ الرسوم نحو 0.02 بيتكوين للكتلة (0.5–0.6% من المكافأة). المصادر: بيانات السلسلة العامة وتقارير Hashrate Index، فبراير 2026.";
    SourceFleet => "Fleet default: Antminer S21, 17.5 J/TH (manufacturer specification). Power price, pool fee and uptime are typical assumptions: set your own.", "الأسطول الافتراضي: Antminer S21 بكفاءة 17.5 جول/تيراهاش (مواصفات الصانع). سعر الكهرباء ورسوم المجمع ونسبة التشغيل افتراضات شائعة: اضبطها بنفسك.";
    ModeGrowth => "At a set growth rate", "بمعدل نمو محدد";
    ModeEquilibrium => "To equilibrium (net zero)", "نحو التوازن (صافي صفر)";
    OutHashprice => "Hashprice", "سعر التجزئة";
    OutBtcPerPhDay => "Bitcoin mined per PH/s a day", "البيتكوين المُعدَّن لكل بيتاهاش/ث يوميًا";
    OutPowerCost => "Power cost", "كلفة الكهرباء";
    OutMargin => "Margin", "الهامش";
    OutBreakevenPower => "Breakeven power price", "سعر الكهرباء عند التعادل";
    OutBreakevenBtc => "Breakeven bitcoin price", "سعر البيتكوين عند التعادل";
    OutBreakevenEff => "Least efficient fleet that still pays", "أقل أسطول كفاءةً لا يزال يربح";
    OutBreakevenHashprice => "Breakeven hashprice", "سعر التجزئة عند التعادل";
    OutIssuance => "New bitcoin a day (subsidy)", "البيتكوين الجديد يوميًا (الإعانة)";
    OutRevenueMwh => "Hash revenue per MWh, after pool fee", "إيراد التجزئة لكل ميغاواط ساعة بعد رسوم المجمع";
    OutDifficulty => "Difficulty at this hashrate", "الصعوبة عند هذا المعدل";
    OutNextHalving => "Next halving", "التنصيف التالي";
    PerPhDayNote => "per PH/s of installed hashrate, per day", "لكل بيتاهاش/ث مركّب، يوميًا";
    ChartMarginTitle => "Margin against power price", "الهامش مقابل سعر الكهرباء";
    ChartMarginX => "Power price (USD/kWh)", "سعر الكهرباء (دولار/ك.و.س)";
    ChartMarginY => "Margin (USD/PH/day)", "الهامش (دولار/بيتاهاش/يوم)";
    ChartYourFleet => "Your fleet", "أسطولك";
    ChartBreakeven => "breakeven", "التعادل";
    ChartAltText => "Line chart of margin per PH/s a day against the power price, for your fleet and two reference fleets; the table below has the same data.", "رسم خطي للهامش لكل بيتاهاش/ث يوميًا مقابل سعر الكهرباء لأسطولك ولأسطولين مرجعيين؛ الجدول أدناه يحوي البيانات نفسها.";
    TableShow => "Show the chart's data as a table", "عرض بيانات الرسم جدولًا";
    FormulaBtcPerPh => "BTC per PH/s a day = 144 blocks × (subsidy + fees) ÷ network PH/s", "بيتكوين لكل بيتاهاش/ث يوميًا = 144 كتلة × (الإعانة + الرسوم) ÷ بيتاهاش/ث الشبكة";
    FormulaHashprice => "Hashprice = BTC per PH/s a day × BTC price", "سعر التجزئة = بيتكوين لكل بيتاهاش/ث يوميًا × سعر البيتكوين";
    FormulaPower => "Power cost = J/TH × 24 kWh per (W·day) × 1,000 TH per PH ÷ 1,000 W per kW × USD/kWh × uptime", "كلفة الكهرباء = جول/تيراهاش × 24 × سعر الكيلوواط ساعة × نسبة التشغيل (لكل بيتاهاش)";
    FormulaMargin => "Margin = hashprice × uptime × (1 − pool fee) − power cost", "الهامش = سعر التجزئة × نسبة التشغيل × (1 − رسوم المجمع) − كلفة الكهرباء";
    FormulaBreakeven => "Breakeven power price = hashprice × (1 − pool fee) ÷ (J/TH × 24); breakeven BTC price = power cost ÷ (BTC per PH/s a day × uptime × (1 − pool fee))", "سعر الكهرباء عند التعادل = سعر التجزئة × (1 − رسوم المجمع) ÷ (جول/تيراهاش × 24)؛ سعر البيتكوين عند التعادل = كلفة الكهرباء ÷ (بيتكوين لكل بيتاهاش يوميًا × نسبة التشغيل × (1 − رسوم المجمع))";
    FormulaHashrate => "Network hashrate = difficulty × 2³² ÷ 600 s", "معدل تجزئة الشبكة = الصعوبة × 2³² ÷ 600 ثانية";
    PresetArticleOutlook => "The article's view", "رؤية المقال";
    PresetArticleOutlookNote => "MARA's Fred Thiel: 450 BTC a day falls to 225 in 2028; unless bitcoin grows about 50% a year or more, the years after 2028 and 2032 get harder. No fees, hashrate +26% a year, bitcoin +50% a year: hashprice just holds.", "فريد ثيل من MARA: تنخفض المكافأة من 450 بيتكوين يوميًا إلى 225 في 2028؛ وما لم ينمُ البيتكوين بنحو 50% سنويًا أو أكثر فستصبح السنوات بعد 2028 و2032 أصعب. بلا رسوم، ومعدل تجزئة +26% سنويًا، وبيتكوين +50% سنويًا: يصمد سعر التجزئة بالكاد.";
    PresetSources => "Where the presets come from", "مصادر الإعدادات الجاهزة";
    PresetDefaults => "Back to defaults", "العودة إلى الافتراضي";
    Presets => "Presets", "إعدادات جاهزة";
    PanelOutlook => "Halving outlook: 2028 and 2032", "آفاق التنصيف: 2028 و2032";
    PanelOutlookLede => "Month by month for twelve years: the subsidy schedule, the price, the network and fees, and what they leave your fleet.", "شهرًا بشهر لاثني عشر عامًا: جدول الإعانة والسعر والشبكة والرسوم، وما تتركه لأسطولك.";
    OutIssuance2028 => "New bitcoin a day after the 2028 halving", "البيتكوين الجديد يوميًا بعد تنصيف 2028";
    OutIssuance2032 => "New bitcoin a day after the 2032 halving", "البيتكوين الجديد يوميًا بعد تنصيف 2032";
    OutHashpriceNow => "Hashprice now", "سعر التجزئة الآن";
    OutHashpriceAfter2028 => "Hashprice after the 2028 halving", "سعر التجزئة بعد تنصيف 2028";
    OutUnprofitableMonth => "Your fleet stops earning", "يتوقف أسطولك عن الربح";
    OutRequiredGrowth => "Bitcoin growth needed to hold hashprice", "نمو البيتكوين اللازم للحفاظ على سعر التجزئة";
    #[first] Never => "not before 2038", "ليس قبل 2038";
    RequiredGrowthClaim => "The article's claim (Fred Thiel, MARA): unless bitcoin grows about 50% a year or more, mining gets harder after 2028. With no fees and hashrate growing 26% a year the growth needed is 2^¼ × 1.26 − 1 ≈ 50%. With your inputs:", "ادعاء المقال (فريد ثيل، MARA): ما لم ينمُ البيتكوين بنحو 50% سنويًا أو أكثر، يصبح التعدين أصعب بعد 2028. بلا رسوم ومع نمو معدل التجزئة 26% سنويًا يكون النمو اللازم 2^¼ × 1.26 − 1 ≈ 50%. بمدخلاتك:";
    ChartHashpriceTitle => "Hashprice over time", "سعر التجزئة عبر الزمن";
    ChartHashpriceY => "USD/PH/day (log scale)", "دولار/بيتاهاش/يوم (مقياس لوغاريتمي)";
    ChartHashpriceAlt => "Line chart of hashprice by month for twelve years, with the halvings marked, your fleet's breakeven hashprice as a dashed line and, when volatility is on, the 10-90% Monte Carlo band; the table below has the same data.", "رسم خطي لسعر التجزئة شهريًا لاثني عشر عامًا، مع تحديد التنصيفات، وسعر التعادل لأسطولك خطًا متقطعًا، ونطاق مونت كارلو 10-90% عند تفعيل التقلب؛ الجدول أدناه يحوي البيانات نفسها.";
    ChartOutlookMarginTitle => "Your margin over time", "هامشك عبر الزمن";
    ChartOutlookMarginY => "USD/PH/day", "دولار/بيتاهاش/يوم";
    ChartOutlookMarginAlt => "Line chart of your fleet's margin per PH/s a day by month, with zero and the halvings marked; the table below has the same data.", "رسم خطي لهامش أسطولك لكل بيتاهاش/ث يوميًا شهريًا، مع تحديد الصفر والتنصيفات؛ الجدول أدناه يحوي البيانات نفسها.";
    ChartHashrateTitle => "Network hashrate in both modes", "معدل تجزئة الشبكة في النمطين";
    ChartHashrateY => "EH/s", "إكزاهاش/ث";
    ChartHashrateAlt => "Line chart of network hashrate by month, at the set growth rate and at equilibrium; the table below has the same data.", "رسم خطي لمعدل تجزئة الشبكة شهريًا، بمعدل النمو المحدد وعند التوازن؛ الجدول أدناه يحوي البيانات نفسها.";
    Halving => "Halving", "تنصيف";
    LegendMedianPath => "Hashprice (median path)", "سعر التجزئة (المسار الوسيط)";
    LegendBand => "10–90% of 2,000 price paths", "10–90% من 2,000 مسار سعري";
    LegendBreakevenHashprice => "Your breakeven hashprice", "سعر التجزئة عند التعادل لأسطولك";
    LegendChosenMode => "chosen", "المختار";
    ColMonth => "Month", "الشهر";
    ColHashprice => "Hashprice (USD/PH/day)", "سعر التجزئة (دولار/بيتاهاش/يوم)";
    ColMargin => "Your margin (USD/PH/day)", "هامشك (دولار/بيتاهاش/يوم)";
    ColHashrate => "Hashrate (EH/s)", "معدل التجزئة (إكزاهاش/ث)";
    ColBtcPrice => "BTC price (USD)", "سعر البيتكوين (دولار)";
    ColSubsidy => "Subsidy (BTC/block)", "الإعانة (بيتكوين/كتلة)";
    SourceOutlook => "Growth rates, volatility and the equilibrium's marginal fleet (22 J/TH, Hashrate Index's 19–25 J/TH group; ASICs at USD 15/TH over 4 years, against about USD 25.7/TH for a new S21 XP in Nov 2025) are assumptions to move. The Monte Carlo uses a fixed seed: the same inputs draw the same fan.", "معدلات النمو والتقلب والأسطول الحدّي للتوازن (22 جول/تيراهاش، فئة 19–25 في Hashrate Index؛ أجهزة بسعر 15 دولارًا/تيراهاش على 4 سنوات، مقابل نحو 25.7 دولارًا لجهاز S21 XP جديد في نوفمبر 2025) افتراضات يمكن تحريكها. تستخدم محاكاة مونت كارلو بذرة ثابتة: المدخلات نفسها ترسم المروحة نفسها.";
    FormulaOutlookSubsidy => "Subsidy each month: the exact schedule (50 BTC halving every 210,000 blocks) averaged over the month's blocks; blocks a month = 30.44 days × 86,400 s ÷ mean block time", "الإعانة كل شهر: الجدول الدقيق (50 بيتكوين تتنصف كل 210,000 كتلة) بمتوسط كتل الشهر؛ الكتل شهريًا = 30.44 يومًا × 86,400 ث ÷ متوسط زمن الكتلة";
    FormulaOutlookPrice => "Price: P(t) = P₀ × (1 + g)^t; with volatility σ, 2,000 paths of ln P(t+1/12) = ln P(t) + ln(1 + g)/12 + σ √(1/12) Z", "السعر: P(t) = P₀ × (1 + g)^t؛ ومع التقلب σ، ‏2,000 مسار: ln P(t+1/12) = ln P(t) + ln(1 + g)/12 + σ √(1/12) Z";
    FormulaOutlookEquilibrium => "Equilibrium: H* = blocks a day × (subsidy + fees) × P × (1 − pool fee) × (1 − target margin) ÷ (marginal cost per PH/s a day × 1,000); each month the network closes a quarter of the (log) gap to H*", "التوازن: H* = الكتل يوميًا × (الإعانة + الرسوم) × P × (1 − رسوم المجمع) × (1 − الهامش المستهدف) ÷ (الكلفة الحدية لكل بيتاهاش/ث يوميًا × 1,000)؛ كل شهر تسد الشبكة ربع الفجوة (اللوغاريتمية) نحو H*";
    FormulaOutlookRequired => "Growth needed = ((S + F) ÷ (S/2 + F × (1 + f)⁴))^¼ × (1 + h) − 1", "النمو اللازم = ((S + F) ÷ (S/2 + F × (1 + f)⁴))^¼ × (1 + h) − 1";
    PresetArticleGrid => "Morgan Stanley, as in the article", "مورغان ستانلي كما في المقال";
    PresetArticleGridNote => "Morgan Stanley: US data-centre demand grows 74 GW in 2025–2028, leaving about 49 GW short; converting every US bitcoin-mining site could cut that by 10–15 GW.", "مورغان ستانلي: يزيد طلب مراكز البيانات الأمريكية 74 جيجاواط في 2025–2028، مع عجز نحو 49 جيجاواط؛ وتحويل كل مواقع تعدين البيتكوين الأمريكية قد يخفضه 10–15 جيجاواط.";
    PresetEarlierGrid => "Morgan Stanley, late 2025 note", "مورغان ستانلي، مذكرة أواخر 2025";
    PresetEarlierGridNote => "An earlier Morgan Stanley note: about 69 GW of demand by 2028, about 25 GW met (10 GW under construction, 15 GW connectable): a gap of about 44 GW.", "مذكرة سابقة لمورغان ستانلي: طلب نحو 69 جيجاواط بحلول 2028، يُلبّى نحو 25 (10 قيد الإنشاء و15 قابلة للربط): فجوة نحو 44 جيجاواط.";
    PresetDifficultyDrop => "The 11% difficulty drop", "انخفاض الصعوبة 11%";
    PresetDifficultyDropNote => "Early 2026: difficulty fell about 11%, the largest drop since China's 2021 ban, as some miners switched off. With 11% of the network gone and nobody replacing it, those who stay earn 12.4% more per PH/s.", "أوائل 2026: انخفضت الصعوبة نحو 11%، أكبر انخفاض منذ حظر الصين في 2021، إذ أطفأ بعض المعدّنين أجهزتهم. مع خروج 11% من الشبكة دون تعويض، يكسب الباقون 12.4% أكثر لكل بيتاهاش/ث.";
    PresetQ3Shares => "Shares at Q3 2025", "الحصص في الربع الثالث 2025";
    PresetQ3SharesNote => "Hashrate Index heatmap, start of Q3 2025: US 35.81%, Russia 16.61%, China 13.84%; the rest includes Paraguay 3.87%, UAE 3.54%, Oman 2.99%, Canada about 2.94%.", "خريطة Hashrate Index أوائل الربع الثالث 2025: الولايات المتحدة 35.81%، روسيا 16.61%، الصين 13.84%؛ والباقي يشمل باراغواي 3.87% والإمارات 3.54% وعُمان 2.99% وكندا نحو 2.94%.";
    PanelGrid => "The US grid gap", "فجوة الشبكة الكهربائية الأمريكية";
    PanelGridLede => "How much new data-centre demand US power cannot meet by 2028, and how much converted bitcoin-mining sites could cover.", "كم من طلب مراكز البيانات الجديد لا تستطيع الكهرباء الأمريكية تلبيته بحلول 2028، وكم يمكن لمواقع التعدين المحوّلة أن تغطي.";
    OutShortfall => "Shortfall", "العجز";
    OutCovered => "Covered by converted mining sites", "ما تغطيه مواقع التعدين المحوّلة";
    OutShortfallAfter => "Shortfall left", "العجز المتبقي";
    OutShareCovered => "Share of the shortfall covered", "حصة العجز المغطاة";
    StepDemand => "Demand", "الطلب";
    StepMet => "Met", "المُلبّى";
    StepShortfall => "Shortfall", "العجز";
    StepCovered => "Mines", "المناجم";
    StepLeft => "Left", "المتبقي";
    ColStep => "Step", "الخطوة";
    ChartWaterfallTitle => "From demand to what is left short", "من الطلب إلى العجز المتبقي";
    ChartWaterfallAlt => "Waterfall chart: demand growth, the part supply meets, the shortfall, the part converted mining sites cover, and the shortfall left; the table below has the same data.", "مخطط شلالي: نمو الطلب، والجزء الذي يلبيه الإمداد، والعجز، والجزء الذي تغطيه مواقع التعدين المحوّلة، والعجز المتبقي؛ الجدول أدناه يحوي البيانات نفسها.";
    FormulaGridShortfall => "Shortfall = demand growth − supply that can meet it (never below 0)", "العجز = نمو الطلب − الإمداد القادر على تلبيته (لا يقل عن 0)";
    FormulaGridCovered => "Covered = mining sites' grid capacity × share convertible ÷ PUE (at most the shortfall)", "المغطى = قدرة مواقع التعدين × الحصة القابلة للتحويل ÷ فعالية استخدام الطاقة (بحد أقصى العجز)";
    SourceGrid => "Source: Morgan Stanley as reported by the Financial Times (74 GW, 49 GW, 10–15 GW); almost 20 GW of mining sites with firm interconnection and the earlier 69/44 GW note: Morgan Stanley, late 2025. Share convertible and PUE are assumptions.", "المصدر: مورغان ستانلي كما نقلته فايننشال تايمز (74 و49 و10–15 جيجاواط)؛ نحو 20 جيجاواط من مواقع التعدين ذات الربط المؤكد ومذكرة 69/44 جيجاواط: مورغان ستانلي، أواخر 2025. الحصة القابلة للتحويل وفعالية الطاقة افتراضات.";
    PanelGeography => "Where the hashrate goes", "إلى أين يذهب معدل التجزئة";
    PanelGeographyLede => "If US miners turn to AI, who mines bitcoin next, and what do those who stay earn?", "إذا اتجه المعدّنون الأمريكيون إلى الذكاء الاصطناعي، فمن يعدّن البيتكوين بعدهم، وماذا يكسب الباقون؟";
    OutUsShareAfter => "US share after", "حصة الولايات المتحدة بعد";
    OutHashpriceChange => "Hashprice change for those who stay", "تغير سعر التجزئة للباقين";
    OutRussiaShareAfter => "Russia's share after", "حصة روسيا بعد";
    OutChinaShareAfter => "China's share after", "حصة الصين بعد";
    OutNetworkChange => "Network hashrate change", "تغير معدل تجزئة الشبكة";
    OutDifficultyChange => "Difficulty change (after retargets)", "تغير الصعوبة (بعد التعديلات)";
    SharesBefore => "Shares before", "الحصص قبل";
    SharesSumTo => "The shares entered add up to", "مجموع الحصص المدخلة";
    SharesRenormalised => "they were scaled to 100%.", "فجرى تحجيمها إلى 100%.";
    ColCountry => "Country", "الدولة";
    ColBefore => "Before", "قبل";
    ColAfter => "After", "بعد";
    ChartSharesTitle => "Hashrate shares before and after", "حصص معدل التجزئة قبل وبعد";
    ChartSharesAlt => "Bar chart of each country's share of bitcoin hashrate before and after; the table below has the same data.", "مخطط أعمدة لحصة كل دولة من معدل تجزئة البيتكوين قبل وبعد؛ الجدول أدناه يحوي البيانات نفسها.";
    FormulaGeography => "New network hashrate T solves T = 1 − L + (1 − u) × e × (1/T − 1): L is the US hashrate that leaves, u the US share, e the others' response; hashprice for those who stay changes by 1/T − 1 at a fixed BTC price, and difficulty follows hashrate.", "معدل التجزئة الجديد T يحقق T = 1 − L + (1 − u) × e × (1/T − 1): حيث L ما يغادر من المعدل الأمريكي، وu الحصة الأمريكية، وe استجابة الآخرين؛ ويتغير سعر التجزئة للباقين بمقدار 1/T − 1 عند سعر بيتكوين ثابت، وتتبع الصعوبة معدل التجزئة.";
    SourceGeography => "Shares: Hashrate Index, as quoted in the article (US 37.5%, Russia 16.4%, China 11.7%); the rest includes miners of unknown origin. How much leaves and how the others respond are assumptions.", "الحصص: Hashrate Index كما وردت في المقال (الولايات المتحدة 37.5%، روسيا 16.4%، الصين 11.7%)؛ والباقي يشمل معدّنين مجهولي المصدر. حجم المغادرة واستجابة الآخرين افتراضات.";
    RowAdd => "Add a country or pool", "إضافة دولة أو مجمع";
    RowDefault => "Country", "دولة";
    RowRemove => "Remove", "إزالة";
    RowName => "Name of the added row", "اسم الصف المضاف";
    RowShare => "share", "الحصة";
    ErrShare => "a share from 0 to 100", "حصة من 0 إلى 100";
    ShortUs => "US", "أمريكا";
    ShortRest => "Rest", "الباقي";
    PanelConverter => "Unit converter", "محوّل الوحدات";
    PanelConverterLede => "Type in any field: the others follow. These fields are the converter's own: they do not change the other panels, and only bitcoin's price and the fleet efficiency below come from the page's inputs.", "اكتب في أي حقل: تتبعه الحقول الأخرى. هذه الحقول خاصة بالمحوّل: لا تغيّر اللوحات الأخرى، ولا يأتي من مدخلات الصفحة إلا سعر البيتكوين وكفاءة الأسطول أدناه.";
    ConvHashrate => "Hashrate and difficulty", "معدل التجزئة والصعوبة";
    ConvEfficiency => "Efficiency", "الكفاءة";
    ConvPower => "Power", "القدرة";
    ConvMoney => "Bitcoin, satoshis, dollars", "بيتكوين، ساتوشي، دولارات";
    ConvRevenue => "Hash revenue before pool fee", "إيراد التجزئة قبل رسوم المجمع";
    At => "at", "عند";
    Difficulty => "difficulty", "الصعوبة";
    ErrConverter => "not a number (use digits, one decimal point, no sign)", "ليس رقمًا (استخدم أرقامًا وفاصلة عشرية واحدة دون إشارة)";
    ErrConverterOverflow => "too large: another unit would overflow; the last values are kept", "كبير جدًا: ستتجاوز وحدة أخرى الحد؛ بقيت القيم السابقة";
    BuildContinue => "continues", "يستمر";
    BuildStop => "stops", "يتوقف";
    BuildPhase => "phases down", "يتناقص تدريجيًا";
    CashUndiscounted => "undiscounted", "غير مخصوم";
    CashDiscounted => "discounted", "مخصوم";
    No => "no", "لا";
    Yes => "yes", "نعم";
    PresetHut8 => "Backstopped AI lease (Hut 8 / Fluidstack, Dec 2025)", "إيجار مضمون للذكاء الاصطناعي (Hut 8 / Fluidstack، ديسمبر 2025)";
    PresetHut8Note => "Hut 8 and Fluidstack, River Bend, Louisiana: USD 7.0 B over 15 years for 245 MW of IT on about 330 MW of utility power, 3% a year escalator (stated); the lease starts at the rate whose payments add up to USD 7.0 B (the flat rate is about USD 159 per kW a month); tenant Anthropic, base-term payments backstopped by Google.", "Hut 8 وFluidstack، ريفر بيند، لويزيانا: 7.0 مليار دولار على 15 عامًا لـ245 ميغاواط تقنية على نحو 330 ميغاواط من الشبكة، بزيادة 3% سنويًا (معلنة)؛ يبدأ الإيجار بالسعر الذي تبلغ دفعاته 7.0 مليار دولار (السعر الثابت نحو 159 دولارًا لكل كيلوواط شهريًا)؛ المستأجر Anthropic، ومدفوعات المدة الأساسية مضمونة من Google.";
    PresetTeraWulf => "TeraWulf / Fluidstack (Aug 2025)", "TeraWulf / Fluidstack (أغسطس 2025)";
    PresetTeraWulfNote => "TeraWulf and Fluidstack, Lake Mariner, New York: USD 3.7 B over 10 years for more than 200 MW of IT; no escalator stated, so 0%; build cost USD 8-10 M per IT MW, about 85% NOI, Google backstop.", "TeraWulf وFluidstack، ليك ماراينر، نيويورك: 3.7 مليار دولار على 10 أعوام لأكثر من 200 ميغاواط تقنية؛ لم تُعلن زيادة سنوية، فهي 0%؛ كلفة البناء 8-10 ملايين دولار لكل ميغاواط تقني، وهامش تشغيلي نحو 85%، بضمان Google.";
    PresetCipherFluidstack => "Cipher / Fluidstack (Sep 2025)", "Cipher / Fluidstack (سبتمبر 2025)";
    PresetCipherFluidstackNote => "Cipher and Fluidstack, Barber Lake, Texas: USD 3.0 B over 10 years for 168 MW of IT; no escalator stated, so 0%; build cost USD 9-11 M per IT MW, 80-85% NOI, Google backstop.", "Cipher وFluidstack، باربر ليك، تكساس: 3.0 مليارات دولار على 10 أعوام لـ168 ميغاواط تقنية؛ لم تُعلن زيادة سنوية، فهي 0%؛ كلفة البناء 9-11 مليون دولار لكل ميغاواط تقني، وهامش تشغيلي 80-85%، بضمان Google.";
    PresetCipherAws => "Cipher / AWS powered shell (Nov 2025)", "Cipher / AWS مبنى مزوَّد بالطاقة (نوفمبر 2025)";
    PresetCipherAwsNote => "Cipher and AWS: USD 5.5 B over 15 years for 300 MW, a powered shell (AWS fits the halls out, at a lower lease); no escalator stated, so 0%; the tenant itself is investment grade.", "Cipher وAWS: 5.5 مليارات دولار على 15 عامًا لـ300 ميغاواط، مبنى مزوَّد بالطاقة (تجهّز AWS القاعات بإيجار أقل)؛ لم تُعلن زيادة سنوية، فهي 0%؛ والمستأجر نفسه بتصنيف استثماري.";
    PresetCoreScientific => "Core Scientific / CoreWeave (2024)", "Core Scientific / CoreWeave (2024)";
    PresetCoreScientificNote => "Core Scientific and CoreWeave: USD 8.7 B over 12 years for about 500 MW of IT; no escalator stated, so 0%; 100 MW of grid gave 70 MW of IT at one site; no investment-grade backstop.", "Core Scientific وCoreWeave: 8.7 مليارات دولار على 12 عامًا لنحو 500 ميغاواط تقنية؛ لم تُعلن زيادة سنوية، فهي 0%؛ أعطت 100 ميغاواط من الشبكة 70 ميغاواط تقنية في أحد المواقع؛ بلا ضمان بتصنيف استثماري.";
    PresetAppliedDigital => "Applied Digital / CoreWeave (2025)", "Applied Digital / CoreWeave (2025)";
    PresetAppliedDigitalNote => "Applied Digital and CoreWeave: USD 11 B over about 15 years for 400 MW of IT; no escalator stated, so 0%; design PUE 1.18; no investment-grade backstop.", "Applied Digital وCoreWeave: 11 مليار دولار على نحو 15 عامًا لـ400 ميغاواط تقنية؛ لم تُعلن زيادة سنوية، فهي 0%؛ كفاءة الطاقة التصميمية 1.18؛ بلا ضمان بتصنيف استثماري.";
    PresetMiningToday => "Mining at today's network", "التعدين بشبكة اليوم";
    PresetMiningTodayNote => "Mining if today's network simply holds: bitcoin price, hashrate and fees flat, no backstop.", "التعدين إذا بقيت شبكة اليوم كما هي: سعر البيتكوين ومعدل التجزئة والرسوم ثابتة، بلا ضمان.";
    PanelPivot => "Keep mining, or become an AI data centre?", "الاستمرار في التعدين أم التحول إلى مركز بيانات للذكاء الاصطناعي؟";
    PanelPivotLede => "One site, two paths, the same horizon and discount rate: the cash each path earns, month by month.", "موقع واحد ومساران، بالأفق ومعدل الخصم نفسيهما: النقد الذي يدرّه كل مسار شهرًا بشهر.";
    #[first] OutAdvantage => "Converting is worth more by", "قيمة التحويل أعلى بمقدار";
    #[first] OutAdvantageMining => "Mining is worth more by", "قيمة مواصلة التعدين أعلى بمقدار";
    OutBreakevenLease => "Lease at which converting breaks even", "الإيجار الذي يتعادل عنده التحويل";
    OutNpvAi => "NPV, convert to AI", "صافي القيمة الحالية، التحويل";
    OutNpvMining => "NPV, keep mining", "صافي القيمة الحالية، التعدين";
    OutPerMwAi => "Value per grid MW, AI", "القيمة لكل ميغاواط، الذكاء الاصطناعي";
    OutPerMwMining => "Value per grid MW, mining", "القيمة لكل ميغاواط، التعدين";
    OutNpvEquityAi => "NPV of converting to its owners, after the debt", "صافي القيمة الحالية للتحويل لمالكيه بعد الدين";
    OutIrrEquityAi => "IRR to the owners, after the debt", "معدل العائد الداخلي للمالكين بعد الدين";
    OutLeasePayments => "Lease payments over the term", "دفعات الإيجار طوال المدة";
    OutLevelLease => "The flat lease those payments make", "الإيجار الثابت الذي تعادله هذه الدفعات";
    OutValueLand => "Selling the powered land today", "بيع الأرض المزوَّدة بالطاقة اليوم";
    OutOddsAiWins => "Chance converting is worth more, over random bitcoin prices", "احتمال أن يكون التحويل أعلى قيمة، عبر أسعار بيتكوين عشوائية";
    OutAdvantageP10 => "Converting minus mining, 1 path in 10 worse", "التحويل ناقص التعدين، مسار من كل 10 أسوأ";
    OutAdvantageP50 => "Converting minus mining, the median path", "التحويل ناقص التعدين، المسار الوسيط";
    OutAdvantageP90 => "Converting minus mining, 1 path in 10 better", "التحويل ناقص التعدين، مسار من كل 10 أفضل";
    OutIrrAi => "IRR of converting", "معدل العائد الداخلي للتحويل";
    OutPaybackAi => "Payback of converting", "فترة استرداد التحويل";
    OutBreakevenBtcPivot => "BTC price at which mining wins", "سعر البيتكوين الذي يفوز عنده التعدين";
    BreakevenBtcNote => "The BTC price at which mining wins scales the whole price path: it is the starting price, with the same growth after it.", "سعر البيتكوين الذي يفوز عنده التعدين يغيّر مسار السعر كله: هو سعر البداية مع النمو نفسه بعده.";
    ItLoad => "IT load", "الحمل التقني";
    SiteHashrate => "site hashrate", "معدل تجزئة الموقع";
    Capex => "conversion capex", "كلفة التحويل";
    Crossover => "crossover", "التقاطع";
    LegendAiPath => "Convert to AI", "التحويل إلى الذكاء الاصطناعي";
    LegendMiningPath => "Keep mining", "الاستمرار في التعدين";
    ChartCashTitle => "Cumulative cash of both paths", "النقد التراكمي للمسارين";
    ChartCashTitleDiscounted => "Cumulative discounted cash of both paths", "النقد التراكمي المخصوم للمسارين";
    ChartCashAlt => "Line chart of the cumulative cash of converting and of mining, month by month, with the halvings and the crossover marked; the table below has the same data.", "رسم خطي للنقد التراكمي للتحويل وللتعدين شهرًا بشهر، مع تحديد التنصيفات ونقطة التقاطع؛ الجدول أدناه يحوي البيانات نفسها.";
    ChartTornadoTitle => "What moves the answer most", "ما يحرّك النتيجة أكثر";
    ChartTornadoAlt => "Tornado chart: for the inputs that matter most, the NPV advantage of converting when each is moved down and up; the labels list the values tried.", "مخطط إعصاري: للمدخلات الأهم، ميزة صافي القيمة الحالية للتحويل عند تحريك كل منها للأسفل وللأعلى؛ تذكر التسميات القيم المجربة.";
    TornadoAxis => "NPV advantage of converting (USD M)", "ميزة صافي القيمة الحالية للتحويل (مليون دولار)";
    TornadoLow => "input moved down", "المدخل منخفضًا";
    TornadoHigh => "input moved up", "المدخل مرتفعًا";
    FormulaPivotSite => "IT MW = grid MW ÷ AI PUE; site PH/s = grid MW × 1,000 ÷ (mining PUE × J/TH)", "الميغاواط التقني = ميغاواط الشبكة ÷ فعالية طاقة الذكاء الاصطناعي؛ بيتاهاش الموقع = ميغاواط الشبكة × 1,000 ÷ (فعالية طاقة التعدين × جول/تيراهاش)";
    FormulaPivotMining => "Mining each month = max(hashprice × PH/s × uptime × (1 − pool fee) × 30.44 − grid MWh × (power price + other opex), 0) − ASIC refresh (USD/TH × TH/s every ASIC life); hashprice follows the halving outlook", "التعدين شهريًا = max(سعر التجزئة × بيتاهاش/ث × التشغيل × (1 − رسوم المجمع) × 30.44 − ميغاواط ساعة × (سعر الكهرباء + مصاريف أخرى)، 0) − تجديد الأجهزة؛ سعر التجزئة يتبع آفاق التنصيف";
    FormulaPivotAi => "Converting: capex = IT MW × USD M per IT MW, paid evenly over the build (mining continues, stops or phases down meanwhile); then lease = IT kW × USD/kW-month × (1 + escalator)^year × (1 − opex share) for the term; residual share of capex at the end", "التحويل: الكلفة = ميغاواط تقني × مليون دولار لكل ميغاواط، تُدفع بالتساوي خلال البناء؛ ثم الإيجار = كيلوواط تقني × دولار/كيلوواط-شهر × (1 + الزيادة)^السنة × (1 − حصة المصاريف) طوال المدة؛ وقيمة متبقية في النهاية";
    FormulaPivotNpv => "NPV = Σ cash ÷ (1 + r)^(month/12), cash at month end; backstopped lease income at r − spread; IRR: the rate at which the converting path's NPV is zero", "صافي القيمة الحالية = Σ النقد ÷ (1 + r)^(الشهر/12)؛ دخل الإيجار المضمون بمعدل r − الفارق؛ معدل العائد الداخلي: المعدل الذي يجعل صافي قيمة التحويل صفرًا";
    FormulaPivotBreakeven => "Breakevens by a bracketing root finder on a sign change (false position, falling back to bisection): the lease (0–5,000 USD/kW-month) and the BTC price-path scale (1/1,000 to 1,000 ×) at which both NPVs are equal; 'not reachable' when none lies in that range", "نقاط التعادل بطريقة جذر محصور عند تغير الإشارة (الموضع الكاذب مع الرجوع إلى التنصيف): الإيجار (0–5,000 دولار/كيلوواط-شهر) ومقياس مسار سعر البيتكوين (1/1,000 إلى 1,000 ×) اللذان تتساوى عندهما القيمتان؛ 'غير ممكن' إن لم يوجد ضمن النطاق";
    SourcePivot => "Deal figures: Hut 8 / Fluidstack (Dec 2025; USD 7.0 B, 15 years, 245 MW IT, ~USD 159/kW-month, 3% escalator, Google backstop); TeraWulf and Cipher with Fluidstack (2025; build cost USD 8–11 M per IT MW, 80–90% NOI). Discount rates, residual value and mining opex are assumptions.", "أرقام الصفقات: Hut 8 / Fluidstack (ديسمبر 2025؛ 7.0 مليار دولار، 15 عامًا، 245 ميغاواط تقنية، نحو 159 دولارًا/كيلوواط-شهر، زيادة 3%، ضمان Google)؛ TeraWulf وCipher مع Fluidstack (2025؛ كلفة بناء 8–11 مليون دولار لكل ميغاواط تقني، هامش تشغيلي 80–90%). معدلات الخصم والقيمة المتبقية ومصاريف التعدين افتراضات.";
    DownloadPng => "PNG", "PNG";
    DownloadCsv => "CSV data", "بيانات CSV";
    Embed => "Embed", "تضمين";
    EmbedHelp => "Paste this into your page. The frame fits its content (Pym.js protocol; the script is only needed without Pym.js); where frames and scripts are removed, the linked image stays.", "الصق هذا في صفحتك. يضبط الإطار ارتفاعه حسب محتواه (بروتوكول Pym.js؛ ولا حاجة إلى السكربت مع Pym.js)؛ وحيث تُزال الإطارات والسكربتات تبقى الصورة مع رابطها.";
    Copy => "Copy", "نسخ";
    Copied => "Copied", "نُسخ";
    Share => "Share link", "مشاركة الرابط";
    ShareDone => "Link copied", "نُسخ الرابط";
    ResultsCsv => "Results CSV", "النتائج CSV";
    EmbedTitle => "hashpivot calculator", "حاسبة hashpivot";
    OpenFull => "Open the full calculator", "افتح الحاسبة كاملة";
    SavedTitle => "Saved scenarios", "السيناريوهات المحفوظة";
    SavedName => "Name", "الاسم";
    SavedSave => "Save this scenario", "احفظ هذا السيناريو";
    SavedLoad => "Load", "تحميل";
    SavedDelete => "Delete", "حذف";
    SavedEmpty => "Nothing saved yet. Scenarios stay in this browser only.", "لا شيء محفوظ بعد. تبقى السيناريوهات في هذا المتصفح فقط.";
    SavedKept => "Saved lines this version cannot read are kept as they are, untouched:", "الأسطر المحفوظة التي لا يقرؤها هذا الإصدار تبقى كما هي دون تغيير:";
    SavedReadOnly => "These saved scenarios were written by a newer version of hashpivot, or by something else: they are listed, and this page will not change them. Export them to keep a copy.", "كُتبت هذه السيناريوهات المحفوظة بإصدار أحدث من hashpivot أو بغيره: تُعرض، ولن تغيّرها هذه الصفحة. صدّرها للاحتفاظ بنسخة.";
    SavedExport => "Export saved scenarios (text file)", "تصدير السيناريوهات المحفوظة (ملف نصي)";
    SavedExportHint => "Export keeps a copy of everything stored, unread lines included.", "التصدير يحفظ نسخة من كل ما هو مخزّن، بما فيه الأسطر غير المقروءة.";
    SavedMore => "Show more", "عرض المزيد";
    SavedWriteFailed => "Could not save: this browser's storage is full or turned off.", "تعذّر الحفظ: مساحة التخزين في هذا المتصفح ممتلئة أو معطّلة.";
    SavedReadFailed => "Could not read the saved scenarios, so nothing was saved: try again.", "تعذّرت قراءة السيناريوهات المحفوظة، فلم يُحفظ شيء: حاول مرة أخرى.";
    SavedTooLong => "This scenario is too long to save here; nothing was saved.", "هذا السيناريو أطول من أن يُحفظ هنا؛ لم يُحفظ شيء.";
    SavedCount => "Saved here:", "المحفوظ هنا:";
    SavedUnavailable => "This browser does not allow saving here (storage is off).", "لا يسمح هذا المتصفح بالحفظ هنا (التخزين معطّل).";
    ClaimsTitle => "What the article says, checked", "ما يقوله المقال، مع التحقق";
    ClaimsLede => "Each claim from the article, the number the calculator gives for it, and a link that opens the panel with the inputs that reproduce it.", "كل ادعاء من المقال، والرقم الذي تعطيه الحاسبة له، ورابط يفتح اللوحة بالمدخلات التي تعيد إنتاجه.";
    CoveredWord => "covered", "مغطاة";
    LeftWord => "left short", "عجز متبقٍ";
    ClaimOpen => "Open", "افتح";
    AlsoChanges => "Also changes:", "يغيّر أيضًا:";
    ClaimScenario => "With the article's inputs:", "بمدخلات المقال:";
    ClaimContext => "context only", "للسياق فقط";
    F1 => "F1. Daily block reward falls from 450 BTC to 225 BTC after the 2028 halving (Fred Thiel, MARA).", "ف1. تنخفض مكافأة الكتل اليومية من 450 إلى 225 بيتكوين بعد تنصيف 2028 (فريد ثيل، MARA).";
    F2 => "F2. Unless bitcoin grows about 50% a year or more, the years after 2028 and 2032 get harder (Thiel).", "ف2. ما لم ينمُ البيتكوين بنحو 50% سنويًا أو أكثر، تصبح السنوات بعد 2028 و2032 أصعب (ثيل).";
    F3 => "F3. Mining heads structurally to net zero: capacity, competition, thinner margins; costs hinge on energy prices.", "ف3. يتجه التعدين هيكليًا نحو صافي صفر: سعة ومنافسة وهوامش أرق؛ والتكاليف مرهونة بأسعار الطاقة.";
    F4 => "F4. Fees were meant to replace the subsidy; they have not.", "ف4. كان يُفترض أن تحل الرسوم محل الإعانة؛ ولم يحدث ذلك.";
    F5 => "F5. Open interest in derivatives fell to about USD 50 billion.", "ف5. تراجعت المراكز المفتوحة في المشتقات إلى نحو 50 مليار دولار.";
    F6 => "F6. Difficulty fell about 11%, the largest drop since China's 2021 ban.", "ف6. انخفضت الصعوبة نحو 11%، أكبر انخفاض منذ حظر الصين في 2021.";
    F7 => "F7. More rewards went to miners of unknown origin.", "ف7. ذهب مزيد من المكافآت إلى معدّنين مجهولي المصدر.";
    F8 => "F8. US data-centre power demand grows 74 GW in 2025–2028 (Morgan Stanley).", "ف8. يزيد طلب مراكز البيانات الأمريكية على الكهرباء 74 جيجاواط في 2025–2028 (مورغان ستانلي).";
    F9 => "F9. That leaves a shortfall of about 49 GW.", "ف9. ما يترك عجزًا يقارب 49 جيجاواط.";
    F10 => "F10. Converting US bitcoin-mining sites could cut it by 10–15 GW.", "ف10. تحويل مواقع تعدين البيتكوين الأمريكية قد يخفضه 10–15 جيجاواط.";
    F11 => "F11. Hut 8 and Fluidstack convert a mining site into an AI data centre; tenant Anthropic, payments backstopped by Google.", "ف11. تحوّل Hut 8 وFluidstack موقع تعدين إلى مركز بيانات؛ المستأجر Anthropic والمدفوعات مضمونة من Google.";
    F12 => "F12. Hashrate shares: United States 37.5%, Russia 16.4%, China 11.7%.", "ف12. حصص معدل التجزئة: الولايات المتحدة 37.5%، روسيا 16.4%، الصين 11.7%.";
    F13 => "F13. If US miners pivot to AI, hashrate may move abroad and weaken the US position.", "ف13. إذا تحول المعدّنون الأمريكيون إلى الذكاء الاصطناعي فقد ينتقل معدل التجزئة إلى الخارج ويضعف موقع الولايات المتحدة.";
    F14 => "F14. This is not investment advice.", "ف14. هذه ليست نصيحة استثمارية.";
    StoryTitle => "The story in five numbers", "القصة في خمسة أرقام";
    StoryHalving => "The 2028 {t} cuts the new bitcoin that miners share each day from {a} to {b} BTC.", "يخفّض {t} عام 2028 البيتكوين الجديد الذي يتقاسمه المعدّنون كل يوم من {a} إلى {b} بيتكوين.";
    StoryGrowth => "For miners' {t} to stand still, bitcoin's price must grow {a}% a year.", "كي يبقى {t} للمعدّنين على حاله، يجب أن ينمو سعر البيتكوين {a}% سنويًا.";
    StoryPivotAi => "Turning a {a} MW mining site into an AI data centre is worth {b} USD M more than mining on, in today's money ({t}).", "تحويل موقع تعدين بقدرة {a} ميغاواط إلى مركز بيانات للذكاء الاصطناعي يساوي {b} مليون دولار أكثر من مواصلة التعدين، بقيمة اليوم ({t}).";
    StoryPivotMining => "Mining on is worth {b} USD M more than turning a {a} MW site into an AI data centre, in today's money ({t}).", "مواصلة التعدين تساوي {b} مليون دولار أكثر من تحويل موقع بقدرة {a} ميغاواط إلى مركز بيانات للذكاء الاصطناعي، بقيمة اليوم ({t}).";
    StoryGrid => "US data centres will lack {a} GW of power by 2028; converting the country's bitcoin mines could cover {b} GW of it.", "ستفتقر مراكز البيانات الأمريكية إلى {a} جيجاواط من الكهرباء بحلول 2028؛ وتحويل مواقع تعدين البيتكوين في البلاد قد يغطي {b} جيجاواط منها.";
    StoryGeographyMore => "If US miners leave for AI, the US share of the world's {t} becomes {a}%, and those who keep mining earn {b}% more.", "إذا اتجه المعدّنون الأمريكيون إلى الذكاء الاصطناعي تصبح حصة الولايات المتحدة من {t} العالمي {a}%، ويكسب من يواصل التعدين {b}% أكثر.";
    StoryGeographyLess => "If US miners leave for AI, the US share of the world's {t} becomes {a}%, and those who keep mining earn {b}% less.", "إذا اتجه المعدّنون الأمريكيون إلى الذكاء الاصطناعي تصبح حصة الولايات المتحدة من {t} العالمي {a}%، ويكسب من يواصل التعدين {b}% أقل.";
    StoryMiner => "Today one petahash per second of mining earns {a} USD a day (its {t}), {b} USD after paying for power.", "اليوم يكسب بيتاهاش واحد في الثانية من التعدين {a} دولار يوميًا ({t})، و{b} دولار بعد دفع كلفة الكهرباء.";
    TermsTitle => "Words used here:", "مصطلحات مستخدمة هنا:";
    TermHalving => "halving", "التنصيف";
    TermHalvingDef => "Halving: every 210,000 blocks (about four years) the new bitcoin paid for each block is cut in half. The next is expected in April 2028, from 3.125 to 1.5625 BTC a block.", "التنصيف: كل 210,000 كتلة (نحو أربع سنوات) تنخفض مكافأة البيتكوين الجديد لكل كتلة إلى النصف. التنصيف التالي متوقع في أبريل 2028، من 3.125 إلى 1.5625 بيتكوين لكل كتلة.";
    TermHashprice => "hashprice", "سعر التجزئة";
    TermHashpriceDef => "Hashprice: what a unit of mining power earns in a day, here in US dollars per petahash per second (PH/s) per day.", "سعر التجزئة: ما تكسبه وحدة من قدرة التعدين في يوم، هنا بالدولار لكل بيتاهاش في الثانية يوميًا.";
    TermDifficulty => "difficulty", "الصعوبة";
    TermDifficultyDef => "Difficulty: how hard the network makes it to find a block. It adjusts every 2,016 blocks so that a block comes about every ten minutes, however much mining power joins.", "الصعوبة: مدى صعوبة العثور على كتلة في الشبكة. تُعدَّل كل 2,016 كتلة كي تأتي كتلة كل عشر دقائق تقريبًا مهما زادت قدرة التعدين.";
    TermHashrate => "hashrate", "معدل التجزئة";
    TermHashrateDef => "Hashrate (EH/s): the computing power of miners, in guesses a second. One exahash per second (EH/s) is a billion billion; a petahash (PH/s) a million billion; a terahash (TH/s) a thousand billion.", "معدل التجزئة (إكساهاش/ث): قدرة المعدّنين الحاسوبية بعدد التخمينات في الثانية. الإكساهاش في الثانية مليار مليار، والبيتاهاش مليون مليار، والتيراهاش ألف مليار.";
    TermEfficiency => "J/TH", "جول/تيراهاش";
    TermEfficiencyDef => "J/TH (joules per terahash): the electricity a mining machine uses for a thousand billion guesses. Lower is more efficient: 20 J/TH at 1 TH/s draws 20 watts.", "جول/تيراهاش: الكهرباء التي تستهلكها آلة التعدين لألف مليار تخمين. الأقل أكفأ: 20 جول/تيراهاش عند 1 تيراهاش/ث تسحب 20 واط.";
    TermPue => "PUE", "PUE";
    TermPueDef => "PUE (power usage effectiveness): a site's total power divided by the power its computers use. 1.3 means 30% more for cooling and losses, so 100 MW of grid power runs about 77 MW of computers.", "PUE (فعالية استخدام الطاقة): إجمالي كهرباء الموقع مقسومًا على ما تستهلكه حواسيبه. 1.3 يعني 30% إضافية للتبريد والفاقد، فـ100 ميغاواط من الشبكة تشغّل نحو 77 ميغاواط من الحواسيب.";
    TermNpv => "NPV", "صافي القيمة الحالية";
    TermNpvDef => "NPV (net present value): every future payment in and out, each discounted to what it is worth today, added up. The path with the higher NPV is worth more.", "صافي القيمة الحالية: كل دفعة مستقبلية داخلة أو خارجة، مخصومة إلى قيمتها اليوم، ثم مجموعة. المسار الأعلى قيمةً هو الأثمن.";
    TermIrr => "IRR", "معدل العائد الداخلي";
    TermIrrDef => "IRR (internal rate of return): the yearly return at which a project's NPV is zero. A project pays if its IRR is above the return investors ask for.", "معدل العائد الداخلي: العائد السنوي الذي يجعل صافي القيمة الحالية للمشروع صفرًا. يربح المشروع إذا فاق هذا المعدل العائدَ الذي يطلبه المستثمرون.";
    TermPayback => "payback", "الاسترداد";
    TermPaybackDef => "Payback: how long until the cash a project earns has repaid what it cost to build.", "الاسترداد: المدة حتى يسدّد النقد الذي يدرّه المشروع كلفةَ بنائه.";
    TermBackstop => "backstop", "الضمان";
    TermBackstopDef => "Backstop: a promise by a strong company (in the Hut 8 deal, Google) to pay the rent if the tenant cannot. Safer income is discounted at a lower rate, so it is worth more today.", "الضمان: تعهّد شركة قوية (في صفقة Hut 8 هي Google) بدفع الإيجار إن عجز المستأجر. الدخل الأكثر أمانًا يُخصم بمعدل أقل، فتكون قيمته اليوم أعلى.";
    TermKwMonth => "USD/kW-month", "دولار/كيلوواط-شهر";
    TermKwMonthDef => "USD/kW-month: the rent for data-centre space, in US dollars for each kilowatt of computer power each month. 150 USD/kW-month on 100 MW is 15 million dollars a month.", "دولار/كيلوواط-شهر: إيجار مساحة مراكز البيانات بالدولار لكل كيلوواط من قدرة الحواسيب كل شهر. 150 دولارًا لكل كيلوواط-شهر على 100 ميغاواط تساوي 15 مليون دولار شهريًا.";
    LatinDigits => "Latin digits 0-9", "أرقام لاتينية 0-9";
    ArabicDigits => "Arabic-Indic digits", "أرقام عربية ٠-٩";
    ConvWPerThs => "W per TH/s", "واط لكل تيراهاش/ث";
    ConvWPerPhs => "W per PH/s", "واط لكل بيتاهاش/ث";
    ConvSats => "sats", "ساتوشي";
    DarkTheme => "Dark theme", "الوضع الداكن";
    LightTheme => "Light theme", "الوضع الفاتح";
    Dismiss => "Dismiss", "إغلاق";
    SliderFor => "slider", "منزلق";
    Language => "العربية", "English";
    EmbedThemeLegend => "Colours of the embedded calculator", "ألوان الحاسبة المضمّنة";
    EmbedThemeAuto => "Auto (the reader's setting)", "تلقائي (حسب إعداد القارئ)";
    EmbedThemeLight => "Light", "فاتح";
    EmbedThemeDark => "Dark", "داكن";
    DealAnnounced => "Announced", "المعلن";
    DealEscalatorStated => "escalator as stated", "زيادة سنوية كما أُعلنت";
    DealEscalatorNone => "no escalator stated, so 0%", "لم تُعلن زيادة سنوية، فهي 0%";
    DealPayments => "these inputs' lease payments", "دفعات الإيجار بهذه المدخلات";
    DealLevel => "flat rate the value implies", "السعر الثابت الذي تعنيه القيمة";
    DealStart => "starting rate", "سعر البداية";
    ChartOddsTitle => "The odds: converting minus mining over 1,000 random bitcoin price paths", "الاحتمالات: التحويل ناقص التعدين عبر 1,000 مسار عشوائي لسعر البيتكوين";
    ChartOddsAlt => "Bar chart: share of the random bitcoin price paths by how much more converting is worth than mining", "مخطط أعمدة: حصة المسارات العشوائية لسعر البيتكوين بحسب فرق قيمة التحويل عن التعدين";
    UnitPctOfPaths => "% of paths", "% من المسارات";
    DelayMiningOn => "Goes on", "يستمر";
    DelayMiningOff => "Stops", "يتوقف";
    FitoutLandlord => "The landlord (a full build)", "المالك (بناء كامل)";
    FitoutTenant => "The tenant (a powered shell)", "المستأجر (مبنى مزوَّد بالطاقة)";
    ScenarioDefaults => "Today's network, default inputs", "شبكة اليوم، المدخلات الافتراضية";
    PrintAddress => "This page, with its inputs:", "هذه الصفحة بمدخلاتها:";
}

units! {
    PctYear => "%/year", "%/سنة";
    Seconds => "s", "ث";
    UsdTh => "USD/TH", "دولار/تيراهاش";
    Years => "years", "سنوات";
    None => "", "";
    HoursYear => "h/year", "ساعة/سنة";
    Usd => "USD", "دولار";
    Ehs => "EH/s", "إكزاهاش/ث";
    BtcPerBlock => "BTC/block", "بيتكوين/كتلة";
    Block => "block", "كتلة";
    Jth => "J/TH", "جول/تيراهاش";
    UsdKwh => "USD/kWh", "دولار/ك.و.س";
    Pct => "%", "%";
    UsdPhDay => "USD/PH/day", "دولار/بيتاهاش/يوم";
    BtcPhDay => "BTC/PH/day", "بيتكوين/بيتاهاش/يوم";
    BtcDay => "BTC/day", "بيتكوين/يوم";
    UsdMwh => "USD/MWh", "دولار/م.و.س";
    Gw => "GW", "جيجاواط";
    UsdThDay => "USD/TH/day", "دولار/تيراهاش/يوم";
    Mw => "MW", "ميغاواط";
    UsdMPerMw => "USD M/MW", "مليون دولار/ميغاواط";
    Months => "months", "أشهر";
    UsdKwMonth => "USD/kW-month", "دولار/كيلوواط-شهر";
    PctPoints => "pts", "نقاط";
    UsdM => "USD M", "مليون دولار";
    Phs => "PH/s", "بيتاهاش/ث";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for t in Text::ALL {
            assert!(!t.get(Lang::En).is_empty(), "{t:?} has no English");
            assert!(!t.get(Lang::Ar).is_empty(), "{t:?} has no Arabic");
        }
        for u in Unit::ALL.iter().filter(|u| **u != Unit::None) {
            assert!(!u.symbol().is_empty() && !u.get(Lang::Ar).is_empty(), "{u:?} has a symbol in each language");
        }
        for s in crate::inputs::INPUTS {
            assert!(!s.label.en.is_empty() && !s.label.ar.is_empty(), "{} has a label in each language", s.key);
        }
    }

    #[test]
    fn arabic_with_arabic_indic_digits_uses_them_everywhere() {
        let words = Text::ALL.iter().filter(|t| **t != Text::LatinDigits).map(|t| (format!("{t:?}"), t.get(Lang::Ar)));
        let units = Unit::ALL.iter().map(|u| (format!("{u:?}"), u.get(Lang::Ar)));
        let labels = crate::inputs::INPUTS.iter().map(|s| (s.key.to_string(), s.label.get(Lang::Ar)));
        for (t, ar) in words.chain(units).chain(labels) {
            // Latin digits only in Latin names ("Hut 8", "Antminer S21").
            let chars: Vec<char> = ar.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
                    let before = chars[..i].iter().rev().find(|c| **c != ' ');
                    assert!(before.is_some_and(char::is_ascii_alphabetic), "{t}: {ar}");
                }
            }
            assert!(!ar.contains('%'), "{t}: {ar}");
        }
        let (once, again) = (Text::F12.get(Lang::Ar), Text::F12.get(Lang::Ar));
        assert!(std::ptr::eq(once, again), "converted once and kept");
        assert_eq!(Text::LatinDigits.get(Lang::Ar), "أرقام لاتينية 0-9", "the button naming Latin digits shows them");
        assert!(Text::F12.get(Lang::ArLatn).contains("37.5%"), "Latin digits stay Latin");
        assert_eq!(digits_in_text(Lang::Ar, "2,016 blocks, 1.5, 30%."), "٢٬٠١٦ blocks, ١٫٥, ٣٠٪.");
        assert_eq!(digits_in_text(Lang::ArLatn, "2,016"), "2,016");
        assert_eq!(digits_in_text(Lang::Ar, "شركة Hut 8 في 2025"), "شركة Hut 8 في ٢٠٢٥", "a name keeps its digits");
    }

    #[test]
    fn tags() {
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
