<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="166"/>
        <source>My Number
Privacy Quiz</source>
        <translation>マイナンバー・
プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="171"/>
        <source>Five questions on the My Number system, each answer explained.</source>
        <translation>マイナンバー制度について5問。答えごとに出典つきで解説します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="173"/>
        <source>Touch to start</source>
        <translation>画面にふれてスタート</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="174"/>
        <source>Start the quiz</source>
        <translation>クイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/attract_view.py" line="177"/>
        <source>Nothing about you is kept: your answers are cleared when you finish or walk away.</source>
        <translation>この端末はあなたについて何も記録しません。終了時や操作がないときに回答を消去します。</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="33"/>
        <source>Save your data to a file</source>
        <translation>データをファイルに保存</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="34"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="59"/>
        <source>quizapp export (*.json)</source>
        <translation>quizapp のエクスポート (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="44"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="45"/>
        <source>The file could not be written:
{detail}</source>
        <translation>ファイルに書き込めませんでした。
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="49"/>
        <source>Your data was saved to:
{path}</source>
        <translation>データを次のファイルに保存しました。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="57"/>
        <source>Add data from a file</source>
        <translation>ファイルからデータを追加</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="70"/>
        <source>Adding your data from the file…</source>
        <translation>ファイルからデータを追加しています…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="77"/>
        <source>Nothing was added</source>
        <translation>何も追加されませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="78"/>
        <source>This file cannot be added, so nothing was changed:
{path}

{problems}</source>
        <translation>このファイルは追加できないため、何も変更していません。
{path}

{problems}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="86"/>
        <source>Added</source>
        <translation>追加しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="87"/>
        <source>{answers} answers were added ({skipped} were already here).</source>
        <translation>{answers}件の回答を追加しました（{skipped}件はすでにありました）。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="96"/>
        <source>This removes from this computer {answers} answers, the review schedule, {profiles} added learners and {backups} backup files. It cannot be undone. To keep a copy, save your data to a file first.</source>
        <translation>{answers}件の回答、復習の予定、追加した利用者{profiles}人、バックアップファイル{backups}個をこのパソコンから消去します。元に戻すことはできません。控えを残したい場合は、先にファイルに保存してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="100"/>
        <source>Erase all your data from this computer?</source>
        <translation>このパソコンからデータをすべて消去しますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="105"/>
        <source>Erase everything</source>
        <translation>すべて消去する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="106"/>
        <source>Keep my data</source>
        <translation>消去しない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>Erased</source>
        <translation>消去しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="111"/>
        <source>All your answers and review schedules were erased.</source>
        <translation>回答と復習の予定をすべて消去しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="115"/>
        <source>Main learner</source>
        <translation>メインの利用者</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="118"/>
        <source>Name of the new learner (a first name or nickname; no password is needed):</source>
        <translation>新しい利用者の名前（名前かニックネーム。パスワードは不要です）：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="121"/>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="135"/>
        <source>Add a learner</source>
        <translation>利用者を追加</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="130"/>
        <source>There is already a learner with this name.</source>
        <translation>この名前の利用者はすでにいます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="132"/>
        <source>Please do not use a 12-digit number such as a My Number.</source>
        <translation>マイナンバーのような12桁の数字は使わないでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="134"/>
        <source>A name has 1 to 40 characters.</source>
        <translation>名前は1〜40文字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Who is learning?</source>
        <translation>だれが学習しますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/data_actions.py" line="143"/>
        <source>Learner:</source>
        <translation>利用者：</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="70"/>
        <source>No question was missed: there is nothing to put in a deck yet.</source>
        <translation>間違えた問題がないので、デッキにする問題はまだありません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="71"/>
        <source>Nothing to export</source>
        <translation>書き出す問題がありません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="76"/>
        <source>Save the missed questions as an Anki deck</source>
        <translation>間違えた問題を Anki のデッキとして保存</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="78"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki のデッキ (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="92"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="93"/>
        <source>The deck could not be written:
{detail}</source>
        <translation>デッキを書き込めませんでした：
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="99"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="100"/>
        <source>{n} missed questions were saved as an Anki deck:
{path}</source>
        <translation>間違えた問題 {n} 問を Anki のデッキとして保存しました：
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="102"/>
        <source>Open the file with Anki to add the cards. Saving again later updates those cards instead of adding copies.</source>
        <translation>このファイルを Anki で開くとカードが追加されます。あとで保存し直したファイルを開くと、同じカードが増えずに更新されます。</translation>
    </message>
</context>
<context>
    <name>DeckButton</name>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="42"/>
        <source>Export missed questions as an Anki deck…</source>
        <translation>間違えた問題を Anki のデッキに書き出す…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="45"/>
        <source>Flashcards of the {n} questions you last answered wrongly, for Anki.</source>
        <translation>最後に答えたときに間違えた {n} 問を、Anki で使えるカードにします。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/deck_actions.py" line="49"/>
        <source>No missed questions yet: questions you answer wrongly can be saved here.</source>
        <translation>間違えた問題はまだありません。間違えた問題は、ここからデッキとして保存できます。</translation>
    </message>
</context>
<context>
    <name>DisplayBar</name>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Large</source>
        <translation>大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="66"/>
        <source>Largest</source>
        <translation>もっと大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="67"/>
        <source>Text size: {size}</source>
        <translation>文字の大きさ：{size}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="69"/>
        <source>Makes the text larger, then back to normal.</source>
        <translation>押すたびに文字が大きくなり、最後は標準に戻ります。</translation>
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
        <translation>ハイコントラスト：{state}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="74"/>
        <source>Furigana: {state}</source>
        <translation>ふりがな：{state}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/display_bar.py" line="76"/>
        <source>Shows or hides the readings above kanji.</source>
        <translation>漢字の上の読みがなを表示したり消したりします。</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="45"/>
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="46"/>
        <source>Why each choice is right or wrong:</source>
        <translation>それぞれの選択肢について：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="47"/>
        <source>Explanation:</source>
        <translation>解説：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="66"/>
        <source>(as of {date})</source>
        <translation>（{date}時点）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="70"/>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/feedback_card.py" line="71"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation>スマートフォンでコードを読み取ると、このページを開けます。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="67"/>
        <source>Questions to go over again</source>
        <translation>もう一度確かめたい問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="71"/>
        <source>Questions from {n} topics</source>
        <translation>{n}つのテーマの問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="120"/>
        <source>Quiz sheet with answers</source>
        <translation>問題用紙（答え付き）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="122"/>
        <source>Quiz sheet</source>
        <translation>問題用紙</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="125"/>
        <source>{n} questions</source>
        <translation>全{n}問</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="127"/>
        <source>1 question</source>
        <translation>全1問</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="130"/>
        <source>Where the facts come from: each answer names the official page it rests on (the national government, prefectures and cities), with its address and a QR code to open it on a phone. Rules can change: if in doubt, check the page or ask your city office.</source>
        <translation>情報のもと：それぞれの答えに、根拠とした公式のページ（国・都道府県・市区町村）を、アドレスとスマートフォンで開けるQRコード付きで示しています。制度は変わることがあります。迷ったときは、そのページを確かめるか、市区町村の窓口でおたずねください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="137"/>
        <source>Where the facts come from: every answer rests on official pages of the national government, prefectures and cities; the sheet with answers names them.</source>
        <translation>情報のもと：答えはすべて、国・都道府県・市区町村の公式のページにもとづいています。答え付きの用紙に、そのページを示しています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="155"/>
        <source>Tick the box beside the answer you think is right.</source>
        <translation>正しいと思う答えの□に✓を付けてください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="185"/>
        <source>Question {n}</source>
        <translation>問題{n}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="197"/>
        <source>Tick every right answer.</source>
        <translation>正しいものすべてに✓を付けてください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="207"/>
        <source>Tick the number of the right place on the picture.</source>
        <translation>絵の中の正しい場所の番号に✓を付けてください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="243"/>
        <source>Answer: {answer}</source>
        <translation>答え：{answer}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="251"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="268"/>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="281"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/handout.py" line="283"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="41"/>
        <source>Print or save as PDF</source>
        <translation>印刷またはPDFで保存</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="44"/>
        <source>The questions you missed, each with its answer, the reasons and where the facts come from.</source>
        <translation>まちがえた問題を、答え・理由・情報のもとと一緒に印刷します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="47"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="48"/>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="49"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="71"/>
        <source>quizapp handout</source>
        <translation>quizapp 問題用紙</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="73"/>
        <source>Print the questions you missed</source>
        <translation>まちがえた問題を印刷</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="80"/>
        <source>Not printed</source>
        <translation>印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="80"/>
        <source>The pages could not be sent to the printer.</source>
        <translation>プリンターに送れませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="87"/>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="87"/>
        <source>PDF file (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="99"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="99"/>
        <source>The file could not be written:
{detail}</source>
        <translation>ファイルに書き込めませんでした。
{detail}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="103"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/paper/print_flow.py" line="103"/>
        <source>The questions were saved to:
{path}</source>
        <translation>問題を次のファイルに保存しました。
{path}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="143"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="146"/>
        <source>Learn what the My Number Card&apos;s chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation>マイナンバーカードのICチップに何が入っているか、個人情報を誰が提供できるのか、個人情報保護委員会が何をしているのかを学びましょう。どの答えにも解説と出典が付いています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="151"/>
        <source>Start a mixed quiz (10 questions)</source>
        <translation>いろいろなテーマから10問に挑戦する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="162"/>
        <source>Loading the questions…</source>
        <translation>問題を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="153"/>
        <source>Topics</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="234"/>
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="237"/>
        <source>Start a quiz on {topic}</source>
        <translation>「{topic}」のクイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="164"/>
        <source>No question banks could be loaded.</source>
        <translation>問題集を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="154"/>
        <source>Home screen</source>
        <translation>ホーム画面</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="155"/>
        <source>Progress and your data (P)</source>
        <translation>学習の記録とデータ (P)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="156"/>
        <source>Progress and your data</source>
        <translation>学習の記録とデータ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="157"/>
        <source>Change learner</source>
        <translation>利用者を切り替える</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="199"/>
        <source>Learner: {name}</source>
        <translation>利用者：{name}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="204"/>
        <source>Review now (R)</source>
        <translation>今すぐ復習 (R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="206"/>
        <source>Nothing to review right now. Questions you miss come back here.</source>
        <translation>今は復習する問題はありません。間違えた問題はここに戻ってきます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="208"/>
        <source>1 question is due for review.</source>
        <translation>復習する問題が1問あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="210"/>
        <source>{n} questions are due for review.</source>
        <translation>復習する問題が{n}問あります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="212"/>
        <source>Review now</source>
        <translation>今すぐ復習</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="251"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{total}問中{answered}問に回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="256"/>
        <source>{answered} · {percent}% correct</source>
        <translation>{answered}・正答率{percent}%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="270"/>
        <source>…and {n} more.</source>
        <translation>…ほか{n}件</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/home_view.py" line="271"/>
        <source>Some question banks could not be loaded:</source>
        <translation>読み込めなかった問題集があります：</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="141"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="248"/>
        <source>End your visit?</source>
        <translation>終了しますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="249"/>
        <source>Your answers will be cleared and the quiz starts again from the beginning.</source>
        <translation>回答は消去され、最初の画面に戻ります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="251"/>
        <source>End visit</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="294"/>
        <source>seconds, then your answers
are cleared. Touch anywhere
to continue.</source>
        <translation>秒後に回答を消去し、最初に戻ります。
続けるには画面にふれてください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="304"/>
        <source>Your answers will be cleared in {n} seconds.</source>
        <translation>あと{n}秒で回答を消去します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="259"/>
        <source>Sorry, something went wrong</source>
        <translation>申し訳ありません。問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="260"/>
        <source>The quiz starts again from the beginning.</source>
        <translation>最初の画面に戻ります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="261"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="293"/>
        <source>Still there?</source>
        <translation>まだ続けますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="250"/>
        <location filename="../../quizapp/ui/kiosk/kiosk_window.py" line="295"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="83"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="259"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation>回答を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="267"/>
        <source>Leave the quiz?</source>
        <translation>クイズをやめますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="268"/>
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation>このクイズをやめて、ホーム画面に戻りますか？ここまでの回答は保存されています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="269"/>
        <source>Leave</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/main_window.py" line="270"/>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="92"/>
        <source>Staff PIN</source>
        <translation>職員用PIN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="93"/>
        <source>Delete the last digit</source>
        <translation>最後の数字を消す</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="94"/>
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="95"/>
        <source>Enter the PIN</source>
        <translation>PINを確定する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="96"/>
        <source>Back to the kiosk</source>
        <translation>キオスク画面に戻る</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="110"/>
        <source>{n} digits entered</source>
        <translation>{n}桁入力済み</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="111"/>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終えるには、職員用PINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="120"/>
        <source>Too many wrong PINs. Try again in {m}:{s:02d}.</source>
        <translation>PINの誤りが続いたため、ロックしています。{m}分{s:02d}秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/pin_pad.py" line="161"/>
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation>PINが違います。あと{n}回誤るとロックされます。</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="163"/>
        <source>← Back to home (Esc)</source>
        <translation>← ホームに戻る (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="164"/>
        <source>Back to home</source>
        <translation>ホームに戻る</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="166"/>
        <source>Your progress</source>
        <translation>学習の記録</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="168"/>
        <source>Progress of {name}</source>
        <translation>学習の記録（{name}）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="169"/>
        <source>Mastery by topic</source>
        <translation>テーマごとの習得度</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="170"/>
        <source>Right answers by day</source>
        <translation>日ごとの正答率</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="171"/>
        <source>Your data</source>
        <translation>あなたのデータ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="174"/>
        <source>Your answers stay on this computer. Save them to a file to keep or move them, add them from a file saved on another computer, or erase them all.</source>
        <translation>回答はこのパソコンの中だけに保存されています。ファイルに保存して控えにしたり別のパソコンに移したり、別のパソコンで保存したファイルから追加したり、すべて消去したりできます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="178"/>
        <source>Save to a file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="179"/>
        <source>Add from a file…</source>
        <translation>ファイルから追加…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="180"/>
        <source>Erase all my data…</source>
        <translation>データをすべて消去…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="181"/>
        <source>Add a learner…</source>
        <translation>利用者を追加…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="183"/>
        <source>Family members sharing this computer can each have their own progress.</source>
        <translation>このパソコンを家族で使う場合、一人ひとりの記録を分けて残せます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>Right</source>
        <translation>正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="186"/>
        <source>% right</source>
        <translation>正答率</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="215"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="215"/>
        <source>{n} days</source>
        <translation>{n}日</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="217"/>
        <source>Questions seen: {seen} of {total}  ·  Streak: {days}  ·  Due for review: {due}</source>
        <translation>解いた問題：{total}問中{seen}問 ・ 連続学習：{days} ・ 復習待ち：{due}問</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="227"/>
        <source>Print or save as PDF…</source>
        <translation>印刷・PDFで保存…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="228"/>
        <source>Print or save as PDF the questions you missed</source>
        <translation>まちがえた問題を印刷またはPDFで保存</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="231"/>
        <source>The question you missed, with its answer, to go over on paper.</source>
        <translation>まちがえた1問を、答え付きで紙に印刷して見直せます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="233"/>
        <source>The {n} questions you missed, with their answers, to go over on paper.</source>
        <translation>まちがえた{n}問を、答え付きで紙に印刷して見直せます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="237"/>
        <source>Nothing to print yet: questions you answer wrongly can be printed here.</source>
        <translation>印刷する問題はまだありません。まちがえた問題を、ここで印刷できます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="259"/>
        <source>{mastered} of {total} known ({percent}%)</source>
        <translation>{total}問中{mastered}問を習得（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="270"/>
        <source>A question counts as known when your latest answer to it was right.</source>
        <translation>最後の回答が正解だった問題を「習得」として数えています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="277"/>
        <source>Share of right answers on each day you answered (latest {n} days shown).</source>
        <translation>回答した日ごとの正答率です（最近の{n}日分）。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="281"/>
        <source>No answers yet. Your results will appear here, day by day.</source>
        <translation>まだ回答がありません。回答すると、ここに日ごとの結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="295"/>
        <source>{day}: {correct} of {answered} right ({percent}%)</source>
        <translation>{day}：{answered}問中{correct}問正解（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/personal/progress_view.py" line="301"/>
        <source>Right answers by day, as a table</source>
        <translation>日ごとの正答率（表）</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="168"/>
        <source>Leave quiz (Esc)</source>
        <translation>やめる（Esc）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="168"/>
        <source>Leave quiz</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="169"/>
        <source>Leave the quiz</source>
        <translation>クイズをやめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="174"/>
        <source>Question {n} of {total}</source>
        <translation>全{total}問中{n}問目</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="177"/>
        <source>Choose one answer.</source>
        <translation>答えを1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="178"/>
        <source>Select all that apply.</source>
        <translation>当てはまるものをすべて選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="179"/>
        <source>Is this true or false?</source>
        <translation>正しいか誤りか、選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="180"/>
        <source>Tap the right part of the picture, or choose its number below.</source>
        <translation>絵の中の正しい部分をタップするか、下の番号を選んでください。</translation>
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
        <translation>キー操作：1～{n}で選択・解除、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="194"/>
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="196"/>
        <source>Answer (Enter)</source>
        <translation>回答する（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="196"/>
        <source>Answer</source>
        <translation>回答する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="252"/>
        <source>Numbered parts: {parts}</source>
        <translation>番号のついた部分：{parts}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="332"/>
        <source>You chose “Not sure”</source>
        <translation>「わからない」を選びました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="334"/>
        <source>✔ Correct answer (your choice)</source>
        <translation>✔ 正解（あなたが選んだ答え）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="334"/>
        <source>✔ Correct answer</source>
        <translation>✔ 正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="337"/>
        <source>✖ Your choice: not correct</source>
        <translation>✖ あなたが選んだ答え：不正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="346"/>
        <source>Next (Enter)</source>
        <translation>次へ（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="346"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="388"/>
        <source>✔ Correct!</source>
        <translation>✔ 正解です！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="390"/>
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation>？「わからない」を選びました。答えを確認しましょう。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="391"/>
        <source>✖ Not quite.</source>
        <translation>✖ 残念、不正解です。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="370"/>
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="164"/>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="166"/>
        <source>Reads the question and its choices, or the feedback.</source>
        <translation>問題と選択肢を、回答後は解説を読み上げます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/question_view.py" line="167"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="81"/>
        <source>Back to home (Enter)</source>
        <translation>ホームに戻る（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="83"/>
        <source>Review these now (R)</source>
        <translation>これらを今すぐ復習 (R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="84"/>
        <source>Review the questions you missed now</source>
        <translation>間違えた問題を今すぐ復習する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="85"/>
        <source>Your results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="133"/>
        <source>You got {score} of {total} right.</source>
        <translation>{total}問中{score}問正解しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="134"/>
        <source>By topic</source>
        <translation>テーマ別の結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="137"/>
        <source>Questions to review</source>
        <translation>復習しておきたい問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="137"/>
        <source>The questions you missed</source>
        <translation>間違えた問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="139"/>
        <source>You chose “Not sure”</source>
        <translation>「わからない」を選びました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="140"/>
        <source>Your answer:</source>
        <translation>あなたの答え：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="141"/>
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="135"/>
        <source>You answered every question correctly. Well done!</source>
        <translation>全問正解です。すばらしい！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="79"/>
        <source>Start again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="142"/>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="143"/>
        <source>Scan the code with your phone to open this page.</source>
        <translation>スマートフォンでコードを読み取ると、このページを開けます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/quiz/results_view.py" line="149"/>
        <source>{correct} of {asked} right</source>
        <translation>{asked}問中{correct}問正解</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="133"/>
        <source>Kiosk statistics (anonymous)</source>
        <translation>キオスクの集計（匿名）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="134"/>
        <source>Questions, hardest first</source>
        <translation>問題別（正答率の低い順）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="138"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>Attempts</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>% correct</source>
        <translation>正答率</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="135"/>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="140"/>
        <source>Most chosen wrong answer</source>
        <translation>最も多く選ばれた誤答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="143"/>
        <source>Visits per day</source>
        <translation>日ごとの来場</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="144"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="144"/>
        <source>Visits</source>
        <translation>来場（回）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="145"/>
        <source>Export as CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="146"/>
        <source>Back to the kiosk</source>
        <translation>キオスク画面に戻る</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="147"/>
        <source>Exit kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="170"/>
        <source>No visits counted yet.</source>
        <translation>まだ来場は数えられていません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="172"/>
        <source>Visits: {total}, counted since {since}.</source>
        <translation>来場：{total}回（{since}から集計）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="205"/>
        <source>Loading the report…</source>
        <translation>集計を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="214"/>
        <source>Could not read the report: {reason}</source>
        <translation>集計を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="216"/>
        <source>Could not read the report from the server {server}: {reason}</source>
        <translation>サーバー {server} から集計を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="244"/>
        <source>{choice} — {n}×</source>
        <translation>{choice}（{n}回）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="246"/>
        <source>(not named) — {n}×</source>
        <translation>（非表示）（{n}回）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="257"/>
        <source>Counts of one kiosk: {name}</source>
        <translation>対象：キオスク「{name}」</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="261"/>
        <source>Counts of the kiosks whose name starts with “{prefix}”: {names}</source>
        <translation>対象：名前が「{prefix}」で始まるキオスク（{names}）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="263"/>
        <source>Counts of the kiosks whose name starts with “{prefix}” ({count} in all)</source>
        <translation>対象：名前が「{prefix}」で始まるキオスク（全{count}台）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="266"/>
        <source>Counts of all kiosks: {names}</source>
        <translation>対象：すべてのキオスク（{names}）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="268"/>
        <source>Counts of all kiosks ({count} in all)</source>
        <translation>対象：すべてのキオスク（全{count}台）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="270"/>
        <source>Counts of all kiosks</source>
        <translation>対象：すべてのキオスク</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="276"/>
        <source>Every count is shown exactly (--min-count 1), even one that could single out a visitor.</source>
        <translation>すべての数をそのまま表示しています（--min-count 1）。少ない数から来場者が特定されるおそれがあります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="278"/>
        <source>Counts below {n} are shown as “&lt;{n}” so that no visitor can be singled out.</source>
        <translation>来場者が特定されないよう、{n}未満の数は「&lt;{n}」と表示しています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="282"/>
        <source>not yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="283"/>
        <source>Sending to {server}: last sent {when}, visits waiting {waiting}.</source>
        <translation>送信先：{server}&#x3000;最終送信：{when}&#x3000;送信待ちの来場：{waiting}回</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="287"/>
        <source>Problem: {problem}</source>
        <translation>エラー：{problem}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="295"/>
        <source>Export kiosk statistics</source>
        <translation>キオスクの集計を書き出す</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="297"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="308"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk/staff_view.py" line="310"/>
        <source>Saved to {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="93"/>
        <source>Open this page</source>
        <translation>このページを開く</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="95"/>
        <source>Open {title} in your web browser</source>
        <translation>{title}をブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="108"/>
        <source>QR code of {title}</source>
        <translation>「{title}」のQRコード</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/widgets/sources.py" line="124"/>
        <source>Opens the page in your web browser.</source>
        <translation>ウェブブラウザーでページを開きます。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="61"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="62"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="145"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="144"/>
        <source>Details are in the log file:</source>
        <translation>詳しい内容はログファイルに記録されています：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/errors.py" line="25"/>
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="267"/>
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation>学習記録のファイルは、このアプリの新しいバージョンで作られたため、このバージョンでは開けません。新しいバージョンをインストールしてください。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/launch.py" line="277"/>
        <source>Your progress could not be opened.
{detail}</source>
        <translation>学習記録を開けませんでした。
{detail}</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="157"/>
        <source>Already open</source>
        <translation>すでに起動しています</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="158"/>
        <source>The quiz is already open. Please use the window that is already running.</source>
        <translation>クイズはすでに起動しています。開いているウィンドウをお使いください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="161"/>
        <source>Only one copy of the app can use this data folder at a time:</source>
        <translation>このデータフォルダーを同時に使えるのは1つのアプリだけです：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="168"/>
        <source>The disk is full, so your progress cannot be saved.</source>
        <translation>ディスクがいっぱいのため、学習記録を保存できません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="170"/>
        <source>Your progress cannot be saved: this folder cannot be written to.</source>
        <translation>このフォルダーに書き込めないため、学習記録を保存できません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="173"/>
        <source>Nothing you saved before has been lost. Free some disk space or choose another folder with --data-dir, then start the app again.</source>
        <translation>これまでに保存した記録は失われていません。ディスクの空きを作るか、--data-dir で別のフォルダーを指定してから、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="181"/>
        <source>Cannot save progress</source>
        <translation>記録を保存できません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="189"/>
        <source>Your answer could not be saved because the disk is full.</source>
        <translation>ディスクがいっぱいのため、回答を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="193"/>
        <source>Your answer could not be saved because the data folder cannot be written to.</source>
        <translation>データフォルダーに書き込めないため、回答を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="196"/>
        <source>Answers saved before are safe. Free some disk space, then answer again.</source>
        <translation>これまでの回答は無事です。ディスクの空きを作ってから、もう一度回答してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="202"/>
        <source>Answer not saved</source>
        <translation>回答を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="210"/>
        <source>Your progress file was damaged, so it was restored from the backup of {date}.</source>
        <translation>学習記録のファイルが壊れていたため、{date} のバックアップから復元しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="214"/>
        <source>Your progress file was damaged and no usable backup was found, so it starts afresh.</source>
        <translation>学習記録のファイルが壊れていて、使えるバックアップもなかったため、新しく記録を始めます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="218"/>
        <source>The damaged file was kept, not deleted:</source>
        <translation>壊れたファイルは削除せずに残してあります：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="224"/>
        <source>Progress file repaired</source>
        <translation>学習記録を修復しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="232"/>
        <source>Some of the answers saved just before the app last stopped could not be read back, so they are missing from your progress.</source>
        <translation>アプリが前回止まる直前に保存した答えの一部を読み出せなかったため、学習の記録から抜けています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="238"/>
        <source>A copy of the unreadable part was kept:</source>
        <translation>読み出せなかった部分の写しを残しました：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/shell/dialogs.py" line="244"/>
        <source>Some answers lost</source>
        <translation>一部の答えが失われました</translation>
    </message>
</context>
</TS>
