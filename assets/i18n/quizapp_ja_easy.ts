<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="166"/>
        <source>My Number
Privacy Quiz</source>
        <translation>マイナンバーと
プライバシーの クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="171"/>
        <source>Five questions on the My Number system, each answer explained.</source>
        <translation>マイナンバーの しくみの もんだいが 5もん あります。どの こたえにも せつめいが あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="173"/>
        <source>Touch to start</source>
        <translation>さわって はじめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="174"/>
        <source>Start the quiz</source>
        <translation>クイズを はじめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="177"/>
        <source>Nothing about you is kept: your answers are cleared when you finish or walk away.</source>
        <translation>あなたの ことは なにも のこしません。おわった とき、または はなれた とき、こたえを けします。</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="33"/>
        <source>Save your data to a file</source>
        <translation>データを ファイルに ほぞん する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="34"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="59"/>
        <source>quizapp export (*.json)</source>
        <translation>quizapp の データ (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="44"/>
        <source>Not saved</source>
        <translation>ほぞん できません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="45"/>
        <source>The file could not be written:
{detail}</source>
        <translation>ファイルに かきこめません でした。
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Saved</source>
        <translation>ほぞん しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Your data was saved to:
{path}</source>
        <translation>データを ここに ほぞん しました：
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="57"/>
        <source>Add data from a file</source>
        <translation>ファイルから データを いれる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="70"/>
        <source>Adding your data from the file…</source>
        <translation>ファイルから データを いれて います…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="77"/>
        <source>Nothing was added</source>
        <translation>なにも いれて いません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="78"/>
        <source>This file cannot be added, so nothing was changed:
{path}

{problems}</source>
        <translation>この ファイルは いれられません。なにも かえて いません。
{path}

{problems}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="86"/>
        <source>Added</source>
        <translation>いれました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="87"/>
        <source>{answers} answers were added ({skipped} were already here).</source>
        <translation>こたえを {answers}こ いれました。{skipped}こは もう ありました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="96"/>
        <source>This removes from this computer {answers} answers, the review schedule, {profiles} added learners and {backups} backup files. It cannot be undone. To keep a copy, save your data to a file first.</source>
        <translation>この パソコンから つぎの ものを けします：こたえ {answers}こ、ふくしゅうの よてい、あとから ふやした つかう ひと {profiles}にん、バックアップ ファイル {backups}こ。けした ものは もとに もどせません。コピーを のこしたい ときは、さきに データを ファイルに ほぞん して ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="100"/>
        <source>Erase all your data from this computer?</source>
        <translation>この パソコンから データを ぜんぶ けしますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="105"/>
        <source>Erase everything</source>
        <translation>ぜんぶ けす</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="106"/>
        <source>Keep my data</source>
        <translation>データを のこす</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>Erased</source>
        <translation>けしました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>All your answers and review schedules were erased.</source>
        <translation>こたえと ふくしゅうの よていを ぜんぶ けしました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="115"/>
        <source>Main learner</source>
        <translation>メインの つかう ひと</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="118"/>
        <source>Name of the new learner (a first name or nickname; no password is needed):</source>
        <translation>あたらしく つかう ひとの なまえ (したの なまえか ニックネーム。パスワードは いりません)：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="121"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="135"/>
        <source>Add a learner</source>
        <translation>つかう ひとを ふやす</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="130"/>
        <source>There is already a learner with this name.</source>
        <translation>この なまえの ひとは もう います。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="132"/>
        <source>Please do not use a 12-digit number such as a My Number.</source>
        <translation>マイナンバーの ような 12けたの ばんごうは つかわないで ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="134"/>
        <source>A name has 1 to 40 characters.</source>
        <translation>なまえは 1もじから 40もじ まで です。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Who is learning?</source>
        <translation>だれが べんきょう しますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Learner:</source>
        <translation>つかう ひと：</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="70"/>
        <source>No question was missed: there is nothing to put in a deck yet.</source>
        <translation>まちがえた もんだいが ない ので、カードに する もんだいは まだ ありません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="71"/>
        <source>Nothing to export</source>
        <translation>だす もんだいが ありません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="76"/>
        <source>Save the missed questions as an Anki deck</source>
        <translation>まちがえた もんだいを Anki の カードに して ほぞん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="78"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki の カード (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="92"/>
        <source>Not saved</source>
        <translation>ほぞん できません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="93"/>
        <source>The deck could not be written:
{detail}</source>
        <translation>カードを ほぞん できません でした：
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="99"/>
        <source>Saved</source>
        <translation>ほぞん しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="100"/>
        <source>{n} missed questions were saved as an Anki deck:
{path}</source>
        <translation>まちがえた もんだい {n}こを Anki の カードに して ほぞん しました：
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="102"/>
        <source>Open the file with Anki to add the cards. Saving again later updates those cards instead of adding copies.</source>
        <translation>この ファイルを Anki で ひらくと カードが ふえます。あとで もう いちど ほぞん して ひらくと、おなじ カードは ふえずに あたらしく なります。</translation>
    </message>
</context>
<context>
    <name>DeckButton</name>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="42"/>
        <source>Export missed questions as an Anki deck…</source>
        <translation>まちがえた もんだいを Anki の カードに する…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="45"/>
        <source>Flashcards of the {n} questions you last answered wrongly, for Anki.</source>
        <translation>さいごに まちがえた {n}この もんだいを、Anki で つかう カードに します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="49"/>
        <source>No missed questions yet: questions you answer wrongly can be saved here.</source>
        <translation>まちがえた もんだいは まだ ありません。まちがえた もんだいは ここで カードに できます。</translation>
    </message>
</context>
<context>
    <name>DisplayBar</name>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Normal</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Large</source>
        <translation>おおきい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Largest</source>
        <translation>いちばん おおきい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="67"/>
        <source>Text size: {size}</source>
        <translation>もじの おおきさ：{size}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="69"/>
        <source>Makes the text larger, then back to normal.</source>
        <translation>おすと もじが おおきく なります。さいごは ふつうに もどります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="70"/>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="73"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="70"/>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="73"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="71"/>
        <source>High contrast: {state}</source>
        <translation>みやすい いろ：{state}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="74"/>
        <source>Furigana: {state}</source>
        <translation>ふりがな：{state}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="76"/>
        <source>Shows or hides the readings above kanji.</source>
        <translation>かんじの うえの よみかたを だしたり けしたり します。</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="45"/>
        <source>Correct answer:</source>
        <translation>せいかい：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="46"/>
        <source>Why each choice is right or wrong:</source>
        <translation>それぞれの こたえの せつめい：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="47"/>
        <source>Explanation:</source>
        <translation>せつめい：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="66"/>
        <source>(as of {date})</source>
        <translation>({date} の じょうほう)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="70"/>
        <source>Source:</source>
        <translation>しりょう：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="71"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation>スマホで コードを よみとると、この ページが ひらきます。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="67"/>
        <source>Questions to go over again</source>
        <translation>もう いちど たしかめる もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="71"/>
        <source>Questions from {n} topics</source>
        <translation>{n}この テーマの もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="120"/>
        <source>Quiz sheet with answers</source>
        <translation>もんだいの かみ (こたえ つき)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="122"/>
        <source>Quiz sheet</source>
        <translation>もんだいの かみ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="125"/>
        <source>{n} questions</source>
        <translation>ぜんぶで {n}もん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="127"/>
        <source>1 question</source>
        <translation>ぜんぶで 1もん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="130"/>
        <source>Where the facts come from: each answer names the official page it rests on (the national government, prefectures and cities), with its address and a QR code to open it on a phone. Rules can change: if in doubt, check the page or ask your city office.</source>
        <translation>どこの じょうほうか：こたえには、くにや けんや しやくしょの ページを かいて います。ページの アドレスと、スマートフォンで ひらける QRコードも あります。きまりは かわる ことが あります。わからない ときは、ページを みるか、しやくしょで きいて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="137"/>
        <source>Where the facts come from: every answer rests on official pages of the national government, prefectures and cities; the sheet with answers names them.</source>
        <translation>どこの じょうほうか：こたえは ぜんぶ、くにや けんや しやくしょの ページに かいて あります。こたえ つきの かみに、その ページを かいて います。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="155"/>
        <source>Tick the box beside the answer you think is right.</source>
        <translation>ただしいと おもう こたえの □に ✓を つけて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="185"/>
        <source>Question {n}</source>
        <translation>もんだい {n}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="197"/>
        <source>Tick every right answer.</source>
        <translation>ただしい もの ぜんぶに ✓を つけて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="207"/>
        <source>Tick the number of the right place on the picture.</source>
        <translation>えの なかの ただしい ばしょの ばんごうに ✓を つけて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="243"/>
        <source>Answer: {answer}</source>
        <translation>こたえ：{answer}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="251"/>
        <source>Why</source>
        <translation>わけ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="268"/>
        <source>Explanation</source>
        <translation>せつめい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="281"/>
        <source>Source</source>
        <translation>どこの じょうほうか</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="283"/>
        <source>Sources</source>
        <translation>どこの じょうほうか</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="41"/>
        <source>Print or save as PDF</source>
        <translation>いんさつ または PDFで ほぞん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="44"/>
        <source>The questions you missed, each with its answer, the reasons and where the facts come from.</source>
        <translation>まちがえた もんだいを、こたえと わけと いっしょに いんさつ します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="47"/>
        <source>Print…</source>
        <translation>いんさつ…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="48"/>
        <source>Save as PDF…</source>
        <translation>PDFで ほぞん…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="49"/>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="71"/>
        <source>quizapp handout</source>
        <translation>quizapp もんだいの かみ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="73"/>
        <source>Print the questions you missed</source>
        <translation>まちがえた もんだいを いんさつ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="80"/>
        <source>Not printed</source>
        <translation>いんさつ できません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="80"/>
        <source>The pages could not be sent to the printer.</source>
        <translation>プリンターに おくれません でした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="87"/>
        <source>Save as PDF</source>
        <translation>PDFで ほぞん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="87"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="99"/>
        <source>Not saved</source>
        <translation>ほぞん できません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="99"/>
        <source>The file could not be written:
{detail}</source>
        <translation>ファイルに かきこめません でした。
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="103"/>
        <source>Saved</source>
        <translation>ほぞん しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="103"/>
        <source>The questions were saved to:
{path}</source>
        <translation>もんだいを ここに ほぞん しました：
{path}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="143"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバーと プライバシーの クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="146"/>
        <source>Learn what the My Number Card&apos;s chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation>マイナンバーカードの ICチップに なにが はいって いるかを まなびます。こじんじょうほうを だれが ほかに わたして よいかを まなびます。「こじんじょうほう ほご いいんかい」の しごとも まなびます。どの こたえにも せつめいと しりょうが あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="151"/>
        <source>Start a mixed quiz (10 questions)</source>
        <translation>いろいろな テーマの クイズを する (10もん)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="153"/>
        <source>Topics</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="154"/>
        <source>Home screen</source>
        <translation>ホーム がめん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="155"/>
        <source>Progress and your data (P)</source>
        <translation>べんきょうの きろくと データ (P)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="156"/>
        <source>Progress and your data</source>
        <translation>べんきょうの きろくと データ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="157"/>
        <source>Change learner</source>
        <translation>つかう ひとを かえる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="162"/>
        <source>Loading the questions…</source>
        <translation>もんだいを じゅんび して います…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="164"/>
        <source>No question banks could be loaded.</source>
        <translation>もんだいの ファイルを ひらけません でした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="199"/>
        <source>Learner: {name}</source>
        <translation>つかう ひと：{name}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="204"/>
        <source>Review now (R)</source>
        <translation>いま ふくしゅう する (R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="206"/>
        <source>Nothing to review right now. Questions you miss come back here.</source>
        <translation>いまは ふくしゅう する もんだいは ありません。せいかい できなかった もんだいは あとで ここに でます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="208"/>
        <source>1 question is due for review.</source>
        <translation>ふくしゅう する もんだいが 1もん あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="210"/>
        <source>{n} questions are due for review.</source>
        <translation>ふくしゅう する もんだいが {n}もん あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="212"/>
        <source>Review now</source>
        <translation>いま ふくしゅう する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="234"/>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="237"/>
        <source>Start a quiz on {topic}</source>
        <translation>「{topic}」の クイズを はじめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="251"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{total}もんの うち {answered}もん こたえました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="256"/>
        <source>{answered} · {percent}% correct</source>
        <translation>{answered} ・ せいかい {percent}%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="270"/>
        <source>…and {n} more.</source>
        <translation>…ほかに {n}こ あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="271"/>
        <source>Some question banks could not be loaded:</source>
        <translation>ひらけなかった もんだいの ファイルが あります：</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="141"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバーと プライバシーの クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="248"/>
        <source>End your visit?</source>
        <translation>おわりますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="249"/>
        <source>Your answers will be cleared and the quiz starts again from the beginning.</source>
        <translation>あなたの こたえを けします。クイズは はじめに もどります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="250"/>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="295"/>
        <source>Continue</source>
        <translation>つづける</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="251"/>
        <source>End visit</source>
        <translation>おわる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="259"/>
        <source>Sorry, something went wrong</source>
        <translation>すみません。うまく いきません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="260"/>
        <source>The quiz starts again from the beginning.</source>
        <translation>クイズを はじめから やりなおします。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="261"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="293"/>
        <source>Still there?</source>
        <translation>まだ つづけますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="294"/>
        <source>seconds, then your answers
are cleared. Touch anywhere
to continue.</source>
        <translation>びょうで こたえを けします。
つづける ときは
がめんに さわって ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="304"/>
        <source>Your answers will be cleared in {n} seconds.</source>
        <translation>あと {n}びょうで こたえを けします。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="83"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバーと プライバシーの クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="259"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation>こたえを ほぞん できません でした。もういちど やって ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="267"/>
        <source>Leave the quiz?</source>
        <translation>クイズを やめますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="268"/>
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation>クイズを やめて、ホーム がめんに もどりますか？ いままでの こたえは のこります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="269"/>
        <source>Leave</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="270"/>
        <source>Keep going</source>
        <translation>つづける</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="92"/>
        <source>Staff PIN</source>
        <translation>スタッフの PIN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="93"/>
        <source>Delete the last digit</source>
        <translation>さいごの すうじを けす</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="95"/>
        <source>Enter the PIN</source>
        <translation>この PINで すすむ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="96"/>
        <source>Back to the kiosk</source>
        <translation>キオスクの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="110"/>
        <source>{n} digits entered</source>
        <translation>すうじを {n}こ いれました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="111"/>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>キオスク モードを おわる ときは、スタッフの PINを いれて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="120"/>
        <source>Too many wrong PINs. Try again in {m}:{s:02d}.</source>
        <translation>PINを なんかいも まちがえました。あと {m}:{s:02d} まって ください。そのあと もういちど いれて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="161"/>
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation>PINが ちがいます。あと {n}かい まちがえると ロック します。</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="163"/>
        <source>← Back to home (Esc)</source>
        <translation>← ホームに もどる (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="164"/>
        <source>Back to home</source>
        <translation>ホームに もどる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="166"/>
        <source>Your progress</source>
        <translation>べんきょうの きろく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="168"/>
        <source>Progress of {name}</source>
        <translation>べんきょうの きろく ({name})</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="169"/>
        <source>Mastery by topic</source>
        <translation>テーマごとの おぼえた もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="170"/>
        <source>Right answers by day</source>
        <translation>まいにちの せいかい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>Your data</source>
        <translation>あなたの データ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="174"/>
        <source>Your answers stay on this computer. Save them to a file to keep or move them, add them from a file saved on another computer, or erase them all.</source>
        <translation>あなたの こたえは この パソコンの なかだけに あります。ファイルに ほぞん して、とって おいたり、ほかの パソコンに うつしたり できます。ほかの パソコンで ほぞん した ファイルから いれる ことも できます。ぜんぶ けす ことも できます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="178"/>
        <source>Save to a file…</source>
        <translation>ファイルに ほぞん…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="179"/>
        <source>Add from a file…</source>
        <translation>ファイルから いれる…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="180"/>
        <source>Erase all my data…</source>
        <translation>データを ぜんぶ けす…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="181"/>
        <source>Add a learner…</source>
        <translation>つかう ひとを ふやす…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="183"/>
        <source>Family members sharing this computer can each have their own progress.</source>
        <translation>この パソコンを かぞくで つかう ときは、ひとり ずつ べつの きろくを のこせます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Day</source>
        <translation>ひにち</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Answers</source>
        <translation>こたえた かず</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Right</source>
        <translation>せいかい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>% right</source>
        <translation>せいかい (%)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="215"/>
        <source>1 day</source>
        <translation>1にち</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="215"/>
        <source>{n} days</source>
        <translation>{n}にち</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="217"/>
        <source>Questions seen: {seen} of {total}  ·  Streak: {days}  ·  Due for review: {due}</source>
        <translation>こたえた もんだい：{total}もんの うち {seen}もん  ・  つづけて やった ひ：{days}  ・  ふくしゅう する もんだい：{due}もん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="227"/>
        <source>Print or save as PDF…</source>
        <translation>いんさつ / PDFで ほぞん…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="228"/>
        <source>Print or save as PDF the questions you missed</source>
        <translation>まちがえた もんだいを いんさつ または PDFで ほぞん</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="231"/>
        <source>The question you missed, with its answer, to go over on paper.</source>
        <translation>まちがえた 1もんを、こたえ つきで かみに いんさつ して みなおせます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="233"/>
        <source>The {n} questions you missed, with their answers, to go over on paper.</source>
        <translation>まちがえた {n}もんを、こたえ つきで かみに いんさつ して みなおせます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="237"/>
        <source>Nothing to print yet: questions you answer wrongly can be printed here.</source>
        <translation>いんさつ する もんだいは まだ ありません。まちがえた もんだいを、ここで いんさつ できます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="259"/>
        <source>{mastered} of {total} known ({percent}%)</source>
        <translation>{total}もんの うち {mastered}もん おぼえました ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="270"/>
        <source>A question counts as known when your latest answer to it was right.</source>
        <translation>さいごの こたえが せいかい だった もんだいを「おぼえた」と かぞえます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="277"/>
        <source>Share of right answers on each day you answered (latest {n} days shown).</source>
        <translation>こたえた ひの せいかいの わりあい です。さいきんの {n}にち ぶんを だして います。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="281"/>
        <source>No answers yet. Your results will appear here, day by day.</source>
        <translation>まだ こたえが ありません。こたえると、ここに まいにちの けっかが でます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="295"/>
        <source>{day}: {correct} of {answered} right ({percent}%)</source>
        <translation>{day}：{answered}もんの うち {correct}もん せいかい ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="301"/>
        <source>Right answers by day, as a table</source>
        <translation>まいにちの せいかい (ひょう)</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="164"/>
        <source>Read aloud</source>
        <translation>こえで よむ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="166"/>
        <source>Reads the question and its choices, or the feedback.</source>
        <translation>もんだいと えらぶ こたえを こえで よみます。こたえた あとは せつめいを よみます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="167"/>
        <source>Question</source>
        <translation>もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="168"/>
        <source>Leave quiz</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="168"/>
        <source>Leave quiz (Esc)</source>
        <translation>やめる (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="169"/>
        <source>Leave the quiz</source>
        <translation>クイズを やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="174"/>
        <source>Question {n} of {total}</source>
        <translation>もんだい {n} (ぜんぶで {total}もん)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="177"/>
        <source>Choose one answer.</source>
        <translation>こたえを 1つ えらんで ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="178"/>
        <source>Select all that apply.</source>
        <translation>あてはまる ものを ぜんぶ えらんで ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="179"/>
        <source>Is this true or false?</source>
        <translation>ただしい ですか？ まちがい ですか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="180"/>
        <source>Tap the right part of the picture, or choose its number below.</source>
        <translation>え の なかの ただしい ところを おして ください。 したの ばんごうを えらんでも いいです。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="187"/>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="216"/>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="192"/>
        <source>Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.</source>
        <translation>キー：1～{n} で えらぶ・はずす ／ 0 で「わからない」 ／ Enter で こたえる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="194"/>
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation>キー：1～{n} で えらぶ ／ 0 で「わからない」 ／ Enter で こたえる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="196"/>
        <source>Answer</source>
        <translation>こたえる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="196"/>
        <source>Answer (Enter)</source>
        <translation>こたえる (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="252"/>
        <source>Numbered parts: {parts}</source>
        <translation>ばんごうの ついた ところ： {parts}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="332"/>
        <source>You chose “Not sure”</source>
        <translation>「わからない」を えらびました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="334"/>
        <source>✔ Correct answer (your choice)</source>
        <translation>✔ せいかい (あなたの こたえ)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="334"/>
        <source>✔ Correct answer</source>
        <translation>✔ せいかい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="337"/>
        <source>✖ Your choice: not correct</source>
        <translation>✖ あなたの こたえ：まちがい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="346"/>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="346"/>
        <source>Next (Enter)</source>
        <translation>つぎへ (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="370"/>
        <source>Correct answer:</source>
        <translation>せいかい：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="388"/>
        <source>✔ Correct!</source>
        <translation>✔ せいかい です！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="390"/>
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation>？「わからない」を えらびました。こたえを みましょう。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="391"/>
        <source>✖ Not quite.</source>
        <translation>✖ ざんねん。まちがい です。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="79"/>
        <source>Start again</source>
        <translation>もういちど やる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="81"/>
        <source>Back to home (Enter)</source>
        <translation>ホームに もどる (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="83"/>
        <source>Review these now (R)</source>
        <translation>いま ふくしゅう する (R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="84"/>
        <source>Review the questions you missed now</source>
        <translation>せいかい できなかった もんだいを いま ふくしゅう する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="85"/>
        <source>Your results</source>
        <translation>けっか</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="133"/>
        <source>You got {score} of {total} right.</source>
        <translation>{total}もんの うち {score}もん せいかい でした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="134"/>
        <source>By topic</source>
        <translation>テーマごとの けっか</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="135"/>
        <source>You answered every question correctly. Well done!</source>
        <translation>ぜんぶ せいかい です。よく できました！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="137"/>
        <source>The questions you missed</source>
        <translation>せいかい できなかった もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="137"/>
        <source>Questions to review</source>
        <translation>ふくしゅう する もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="139"/>
        <source>You chose “Not sure”</source>
        <translation>「わからない」を えらびました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="140"/>
        <source>Your answer:</source>
        <translation>あなたの こたえ：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="141"/>
        <source>Correct answer:</source>
        <translation>せいかい：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="142"/>
        <source>Source:</source>
        <translation>しりょう：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="143"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation>スマホで コードを よみとると、この ページが ひらきます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="149"/>
        <source>{correct} of {asked} right</source>
        <translation>{asked}もんの うち {correct}もん せいかい</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="133"/>
        <source>Kiosk statistics (anonymous)</source>
        <translation>キオスクの まとめ (なまえ なし)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="134"/>
        <source>Questions, hardest first</source>
        <translation>もんだい (むずかしい じゅん)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>Attempts</source>
        <translation>こたえた かず</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>% correct</source>
        <translation>せいかい (%)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="138"/>
        <source>Question</source>
        <translation>もんだい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="140"/>
        <source>Most chosen wrong answer</source>
        <translation>いちばん おおい まちがい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="143"/>
        <source>Visits per day</source>
        <translation>まいにちの りよう</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="144"/>
        <source>Day</source>
        <translation>ひにち</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="144"/>
        <source>Visits</source>
        <translation>りよう (かい)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="145"/>
        <source>Export as CSV…</source>
        <translation>CSVで ほぞん…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="146"/>
        <source>Back to the kiosk</source>
        <translation>キオスクの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="147"/>
        <source>Exit kiosk mode</source>
        <translation>キオスク モードを おわる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="170"/>
        <source>No visits counted yet.</source>
        <translation>まだ りようは ありません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="172"/>
        <source>Visits: {total}, counted since {since}.</source>
        <translation>りよう：{total}かい ({since}から かぞえて います)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="205"/>
        <source>Loading the report…</source>
        <translation>まとめを よみこんで います…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="214"/>
        <source>Could not read the report: {reason}</source>
        <translation>まとめを よみこめません でした：{reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="216"/>
        <source>Could not read the report from the server {server}: {reason}</source>
        <translation>サーバー {server} から まとめを よみこめません でした：{reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="244"/>
        <source>{choice} — {n}×</source>
        <translation>{choice} ({n}かい)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="246"/>
        <source>(not named) — {n}×</source>
        <translation>(なまえは ださない) ({n}かい)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="257"/>
        <source>Counts of one kiosk: {name}</source>
        <translation>キオスク「{name}」の まとめ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="261"/>
        <source>Counts of the kiosks whose name starts with “{prefix}”: {names}</source>
        <translation>なまえが「{prefix}」で はじまる キオスクの まとめ：{names}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="263"/>
        <source>Counts of the kiosks whose name starts with “{prefix}” ({count} in all)</source>
        <translation>なまえが「{prefix}」で はじまる キオスクの まとめ (ぜんぶで {count}だい)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="266"/>
        <source>Counts of all kiosks: {names}</source>
        <translation>すべての キオスクの まとめ：{names}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="268"/>
        <source>Counts of all kiosks ({count} in all)</source>
        <translation>すべての キオスクの まとめ (ぜんぶで {count}だい)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="270"/>
        <source>Counts of all kiosks</source>
        <translation>すべての キオスクの まとめ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="276"/>
        <source>Every count is shown exactly (--min-count 1), even one that could single out a visitor.</source>
        <translation>すべての かずを そのまま だして います (--min-count 1)。すくない かずから、だれが きたか わかる ことが あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="278"/>
        <source>Counts below {n} are shown as “&lt;{n}” so that no visitor can be singled out.</source>
        <translation>だれが きたか わからない ように、{n}より すくない かずは「&lt;{n}」と だして います。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="282"/>
        <source>not yet</source>
        <translation>まだ ない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="283"/>
        <source>Sending to {server}: last sent {when}, visits waiting {waiting}.</source>
        <translation>おくりさき：{server}&#x3000;さいごに おくった とき：{when}&#x3000;まだ おくって いない りよう：{waiting}かい</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="287"/>
        <source>Problem: {problem}</source>
        <translation>エラー：{problem}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="295"/>
        <source>Export kiosk statistics</source>
        <translation>キオスクの まとめを ほぞん する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="297"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="308"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に ほぞん できません でした：{error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="310"/>
        <source>Saved to {path}</source>
        <translation>{path} に ほぞん しました</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="93"/>
        <source>Open this page</source>
        <translation>この ページを ひらく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="95"/>
        <source>Open {title} in your web browser</source>
        <translation>「{title}」を ブラウザで ひらく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="108"/>
        <source>QR code of {title}</source>
        <translation>「{title}」の QRコード</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="124"/>
        <source>Opens the page in your web browser.</source>
        <translation>ブラウザで ページを ひらきます。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="61"/>
        <source>&amp;Look in:</source>
        <translation>ばしょ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="62"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの しゅるい(&amp;T):</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="144"/>
        <source>Details are in the log file:</source>
        <translation>くわしい ことは ログ ファイルに かいて あります：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="145"/>
        <source>Something went wrong</source>
        <translation>うまく いきません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/errors.py" line="25"/>
        <source>An unexpected error occurred.</source>
        <translation>エラーが おきました。</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="267"/>
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation>べんきょうの きろくの ファイルは、この アプリの あたらしい バージョンで つくった ファイル です。この バージョンでは ひらけません。あたらしい バージョンを インストール して ください。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="277"/>
        <source>Your progress could not be opened.
{detail}</source>
        <translation>べんきょうの きろくを ひらけません でした。
{detail}</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="157"/>
        <source>Already open</source>
        <translation>もう ひらいて います</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="158"/>
        <source>The quiz is already open. Please use the window that is already running.</source>
        <translation>クイズは もう ひらいて います。いま ひらいて いる ウィンドウを つかって ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="161"/>
        <source>Only one copy of the app can use this data folder at a time:</source>
        <translation>この データの フォルダーを おなじ ときに つかえる アプリは 1つ だけ です：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="168"/>
        <source>The disk is full, so your progress cannot be saved.</source>
        <translation>ディスクが いっぱい です。べんきょうの きろくを ほぞん できません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="170"/>
        <source>Your progress cannot be saved: this folder cannot be written to.</source>
        <translation>べんきょうの きろくを ほぞん できません。この フォルダーには かきこめません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="173"/>
        <source>Nothing you saved before has been lost. Free some disk space or choose another folder with --data-dir, then start the app again.</source>
        <translation>まえに ほぞん した きろくは ぜんぶ のこって います。ディスクの あいて いる ところを ふやして ください。または --data-dir で ほかの フォルダーを えらんで ください。そのあと アプリを もういちど ひらいて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="181"/>
        <source>Cannot save progress</source>
        <translation>きろくを ほぞん できません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="189"/>
        <source>Your answer could not be saved because the disk is full.</source>
        <translation>ディスクが いっぱい です。こたえを ほぞん できません でした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="193"/>
        <source>Your answer could not be saved because the data folder cannot be written to.</source>
        <translation>データの フォルダーに かきこめません。こたえを ほぞん できません でした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="196"/>
        <source>Answers saved before are safe. Free some disk space, then answer again.</source>
        <translation>まえに ほぞん した こたえは だいじょうぶ です。ディスクの あいて いる ところを ふやして ください。そのあと もういちど こたえて ください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="202"/>
        <source>Answer not saved</source>
        <translation>こたえを ほぞん できません でした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="210"/>
        <source>Your progress file was damaged, so it was restored from the backup of {date}.</source>
        <translation>べんきょうの きろくの ファイルが こわれて いました。{date} の バックアップから もとに もどしました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="214"/>
        <source>Your progress file was damaged and no usable backup was found, so it starts afresh.</source>
        <translation>べんきょうの きろくの ファイルが こわれて いました。つかえる バックアップも ありません でした。あたらしい きろくを はじめます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="218"/>
        <source>The damaged file was kept, not deleted:</source>
        <translation>こわれた ファイルは けして いません。ここに のこして あります：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="224"/>
        <source>Progress file repaired</source>
        <translation>きろくの ファイルを なおしました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="232"/>
        <source>Some of the answers saved just before the app last stopped could not be read back, so they are missing from your progress.</source>
        <translation>この まえ アプリが とまりました。とまる すこし まえに ほぞん した こたえを、いくつか よめません でした。その こたえは きろくに ありません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="238"/>
        <source>A copy of the unreadable part was kept:</source>
        <translation>よめなかった ところの コピーを のこしました：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="244"/>
        <source>Some answers lost</source>
        <translation>こたえが いくつか なくなりました</translation>
    </message>
</context>
</TS>
