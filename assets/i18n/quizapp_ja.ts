<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractView</name>
    <message>
        <location filename="../../quizapp/ui/attract_view.py" line="104" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/attract_view.py" line="107" />
        <source>Five questions on the My Number system, each answer explained.</source>
        <translation>マイナンバー制度について5問。答えごとに出典つきで解説します。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/attract_view.py" line="109" />
        <source>Touch to start</source>
        <translation>画面にふれてスタート</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/attract_view.py" line="110" />
        <source>Start the quiz</source>
        <translation>クイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/attract_view.py" line="113" />
        <source>Nothing about you is kept: your answers are cleared when you finish or walk away.</source>
        <translation>この端末はあなたについて何も記録しません。終了時や操作がないときに回答を消去します。</translation>
    </message>
</context>
<context>
    <name>DisplayBar</name>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Large</source>
        <translation>大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Largest</source>
        <translation>もっと大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="56" />
        <source>Text size: {size}</source>
        <translation>文字の大きさ：{size}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="58" />
        <source>Makes the text larger, then back to normal.</source>
        <translation>押すたびに文字が大きくなり、最後は標準に戻ります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="59" />
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="59" />
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="60" />
        <source>High contrast: {state}</source>
        <translation>ハイコントラスト：{state}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="107" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="110" />
        <source>Learn what the My Number Card's chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation>マイナンバーカードのICチップに何が入っているか、個人情報を誰が提供できるのか、個人情報保護委員会が何をしているのかを学びましょう。どの答えにも解説と出典が付いています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="115" />
        <source>Start a mixed quiz (10 questions)</source>
        <translation>いろいろなテーマから10問に挑戦する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="119" />
        <source>Loading the questions…</source>
        <translation>問題を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="117" />
        <source>Topics</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="170" />
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="173" />
        <source>Start a quiz on {topic}</source>
        <translation>「{topic}」のクイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="121" />
        <source>No question banks could be loaded.</source>
        <translation>問題集を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="187" />
        <source>{answered} of {total} questions answered</source>
        <translation>{total}問中{answered}問に回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="192" />
        <source>{answered} · {percent}% correct</source>
        <translation>{answered}・正答率{percent}%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="206" />
        <source>…and {n} more.</source>
        <translation>…ほか{n}件</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="207" />
        <source>Some question banks could not be loaded:</source>
        <translation>読み込めなかった問題集があります：</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="103" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="219" />
        <source>End your visit?</source>
        <translation>終了しますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="220" />
        <source>Your answers will be cleared and the quiz starts again from the beginning.</source>
        <translation>回答は消去され、最初の画面に戻ります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="221" />
        <source>End visit</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="222" />
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="253" />
        <source>Still there?</source>
        <translation>まだ続けますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="253" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/kiosk_window.py" line="260" />
        <source>Your answers will be cleared in {n} seconds.
Touch anywhere to continue.</source>
        <translation>あと{n}秒で回答を消去し、最初に戻ります。
続けるには画面にふれてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="66" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="203" />
        <source>Your answer could not be saved. Please try again.</source>
        <translation>回答を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="220" />
        <source>Leave the quiz?</source>
        <translation>クイズをやめますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="221" />
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation>このクイズをやめて、ホーム画面に戻りますか？ここまでの回答は保存されています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="222" />
        <source>Leave</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="223" />
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="88" />
        <source>Staff PIN</source>
        <translation>職員用PIN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="89" />
        <source>Delete the last digit</source>
        <translation>最後の数字を消す</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="90" />
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="91" />
        <source>Enter the PIN</source>
        <translation>PINを確定する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="92" />
        <source>Back to the kiosk (Esc)</source>
        <translation>キオスク画面に戻る（Esc）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="111" />
        <source>{n} digits entered</source>
        <translation>{n}桁入力済み</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="112" />
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終えるには、職員用PINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="121" />
        <source>Too many wrong PINs. Try again in {m}:{s:02d}.</source>
        <translation>PINの誤りが続いたため、ロックしています。{m}分{s:02d}秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pin_pad.py" line="162" />
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation>PINが違います。あと{n}回誤るとロックされます。</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="121" />
        <source>Leave quiz (Esc)</source>
        <translation>やめる（Esc）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="122" />
        <source>Leave the quiz</source>
        <translation>クイズをやめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="127" />
        <source>Question {n} of {total}</source>
        <translation>全{total}問中{n}問目</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="130" />
        <source>Choose one answer.</source>
        <translation>答えを1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="131" />
        <source>Select all that apply.</source>
        <translation>当てはまるものをすべて選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="132" />
        <source>Is this true or false?</source>
        <translation>正しいか誤りか、選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="136" />
        <location filename="../../quizapp/ui/question_view.py" line="176" />
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="141" />
        <source>Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択・解除、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="143" />
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="145" />
        <source>Answer (Enter)</source>
        <translation>回答する（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="291" />
        <source>✔ Correct answer (your choice)</source>
        <translation>✔ 正解（あなたが選んだ答え）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="291" />
        <source>✔ Correct answer</source>
        <translation>✔ 正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="294" />
        <source>✖ Your choice: not correct</source>
        <translation>✖ あなたが選んだ答え：不正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="298" />
        <source>Next (Enter)</source>
        <translation>次へ（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="300" />
        <source>Press Enter to go on.</source>
        <translation>Enterキーで次へ進みます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="309" />
        <source>✔ Correct!</source>
        <translation>✔ 正解です！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="311" />
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation>？「わからない」を選びました。答えを確認しましょう。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="312" />
        <source>✖ Not quite.</source>
        <translation>✖ 残念、不正解です。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="317" />
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="318" />
        <source>Why each choice is right or wrong:</source>
        <translation>それぞれの選択肢について：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="319" />
        <source>Explanation:</source>
        <translation>解説：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="320" />
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="56" />
        <source>Back to home (Enter)</source>
        <translation>ホームに戻る（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="77" />
        <source>You got {score} of {total} right.</source>
        <translation>{total}問中{score}問正解しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="78" />
        <source>By topic</source>
        <translation>テーマ別の結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="79" />
        <source>Questions to review</source>
        <translation>復習しておきたい問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="80" />
        <source>Your answer:</source>
        <translation>あなたの答え：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="81" />
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="82" />
        <source>You answered every question correctly. Well done!</source>
        <translation>全問正解です。すばらしい！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="87" />
        <source>{correct} of {asked} right</source>
        <translation>{asked}問中{correct}問正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="96" />
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="85" />
        <source>Kiosk statistics (anonymous)</source>
        <translation>キオスクの集計（匿名）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="86" />
        <source>Questions, hardest first</source>
        <translation>問題別（正答率の低い順）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="89" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="90" />
        <source>Attempts</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="91" />
        <source>% correct</source>
        <translation>正答率</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="92" />
        <source>Most chosen wrong answer</source>
        <translation>最も多く選ばれた誤答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="95" />
        <source>Export as CSV…</source>
        <translation>CSVに書き出す…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="96" />
        <source>Back to the kiosk</source>
        <translation>キオスク画面に戻る</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="97" />
        <source>Exit kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="112" />
        <source>{day}: {n}</source>
        <translation>{day}：{n}人</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="114" />
        <source>Visits: {total} in all.</source>
        <translation>利用：合計{total}人。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="115" />
        <source>Recent days: {days}</source>
        <translation>最近の日別：{days}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="123" />
        <source>{choice} — {n}×</source>
        <translation>{choice}（{n}回）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="150" />
        <source>Export kiosk statistics</source>
        <translation>キオスクの集計を書き出す</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="152" />
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="162" />
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/staff_view.py" line="164" />
        <source>Saved to {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="19" />
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="22" />
        <source>Details are in the log file:</source>
        <translation>詳しい内容はログファイルに記録されています：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="32" />
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="53" />
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation>学習記録のファイルは、このアプリの新しいバージョンで作られたため、このバージョンでは開けません。新しいバージョンをインストールしてください。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="64" />
        <source>Your progress could not be opened.
{detail}</source>
        <translation>学習記録を開けませんでした。
{detail}</translation>
    </message>
</context>
</TS>
